package com.srm.mentoring.escalation.entity;

import com.srm.mentoring.platform.control.SealedText;
import com.srm.mentoring.platform.entity.HasRecordId;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A concern a participant raised about their pairing, in their own name (docs/rules.md, concerns).
 *
 * <p>It moves along the escalation path only forward, one step at a time or straight to resolved;
 * the reporter may skip step 1. A step whose only possible owners the concern excludes is skipped,
 * and the reporter is told so in a notice. Its content (title, description, notes) is erased after
 * its cohort closed, unless a contact put it on legal hold; its metadata stays.
 *
 * <p>Its jobs are split: the path and the notes along it stay here, each move guarded by {@link
 * #move}; what it says and its erasure are its {@link ConcernContent}; the legal hold is a {@link
 * LegalHold}; a program adjustment asked for is an {@link AdjustmentRequest}, whose reason passes
 * the {@link WordingCheck}.
 *
 * <p>The content and the hold's reason are sealed with the content keys ({@link SealedText}): the
 * columns are {@code text}, and an update writes only the columns that changed, so a value whose
 * key is missing is kept as it was stored.
 */
@Entity
@Table(name = "concern")
@DynamicUpdate
@NamedQuery(
    name = Concern.READABLE,
    query = "SELECT c FROM Concern c WHERE c.id = :id AND " + Concern.READ_RULE)
@NamedQuery(
    name = Concern.LIST,
    query = "SELECT c FROM Concern c WHERE " + Concern.READ_RULE + " ORDER BY c.raisedAt DESC")
@NamedQuery(
    name = Concern.COUNT,
    query = "SELECT COUNT(c) FROM Concern c WHERE " + Concern.READ_RULE)
public class Concern implements HasRecordId {

  /**
   * Who may read a concern, the one rule of every query here (docs/rules.md, visibility and
   * concerns): its reporter, or one of the readers fixed when it was raised, while they still hold
   * the escalation-contact role ({@code :contact}) and are still named on its cohort. {@code :me}
   * is the caller's subject.
   */
  static final String READ_RULE =
      "(c.reporter = :me OR (:contact = TRUE AND :me MEMBER OF c.readers AND EXISTS (SELECT h.id"
          + " FROM Cohort h WHERE h.id = c.cohortId AND :me MEMBER OF h.escalationContacts)))";

  public static final String READABLE = "Concern.readable";
  public static final String LIST = "Concern.list";
  public static final String COUNT = "Concern.count";

  public static final int NOTE_LENGTH = 2000;

  /** The title of a concern opened from a check-in request of the micro-questions. */
  public static final String CHECK_IN_TITLE = "Confidential check-in requested";

  @Id private UUID id;

  @Column(name = "cohort_id", nullable = false, updatable = false)
  private UUID cohortId;

  @Column(name = "pairing_id", nullable = false, updatable = false)
  private UUID pairingId;

  @Column(name = "reporter_subject", nullable = false, updatable = false, length = 64)
  private String reporter;

  @Embedded private ConcernContent content;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "concern_exclusion", joinColumns = @JoinColumn(name = "concern_id"))
  @Column(name = "subject", length = 64, nullable = false)
  private Set<String> excluded = new HashSet<>();

  /**
   * Who may read it besides the reporter, fixed when it was raised: the contacts named on the
   * cohort then, minus the excluded and the other party. A contact named later is never added.
   */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "concern_reader", joinColumns = @JoinColumn(name = "concern_id"))
  @Column(name = "subject", length = 64, nullable = false)
  private Set<String> readers = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ConcernState state;

  @Column(name = "owner_subject", length = 64)
  private String owner;

  private Instant deadline;

  @Column(name = "handover_refused_at")
  private Instant handoverRefusedAt;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  /** The legal hold; null while there is none. */
  @Embedded private LegalHold hold;

  /** The program adjustment asked for and still open; null while there is none. */
  @Embedded private AdjustmentRequest adjustment;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "concern_id", nullable = false, updatable = false)
  @OrderBy("at")
  private Set<Transition> transitions = new LinkedHashSet<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "concern_id", nullable = false, updatable = false)
  @OrderBy("at")
  private Set<ConcernNote> notes = new LinkedHashSet<>();

  @Version private long version;

  protected Concern() {
    // for JPA
  }

  /**
   * Raises a concern and puts it on its first step: step 1, or step 2 when the reporter skips step
   * 1 or nobody could own step 1. Its readers are fixed now: the contacts, minus the excluded,
   * minus the other party of the pairing, who is never a reader of a concern about their own
   * pairing.
   *
   * @throws Refusal naming the field of a missing or oversized value, or when the exclusions leave
   *     nobody who could read it
   */
  public Concern(
      UUID cohortId,
      UUID pairingId,
      String reporter,
      String otherParty,
      String title,
      String description,
      Collection<String> excluded,
      Contacts contacts,
      boolean skipStepOne,
      Deadlines deadlines,
      Instant now) {
    this.id = UUID.randomUUID();
    this.cohortId = Objects.requireNonNull(cohortId, "cohort is required");
    this.pairingId = Objects.requireNonNull(pairingId, "pairing is required");
    this.reporter = Objects.requireNonNull(reporter, "reporter is required");
    this.content = new ConcernContent(title, description);
    if (excluded != null) {
      this.excluded.addAll(excluded);
    }
    this.excluded.remove(reporter);
    this.readers.addAll(readersOf(contacts, reporter, otherParty, this.excluded));
    if (readers.isEmpty()) {
      throw Refusal.invalid("excluded", "refusal.concern.nobodyReads");
    }
    this.state = ConcernState.RAISED;
    this.raisedAt = now;
    ConcernState first = skipStepOne ? ConcernState.STEP_2 : ConcernState.STEP_1;
    move(first, reporter, null, contacts, deadlines, now);
  }

  /** Who would read a concern raised now: the contacts, minus the excluded and the two parties. */
  public static Set<String> readersOf(
      Contacts contacts, String reporter, String otherParty, Collection<String> excluded) {
    Set<String> readers = contacts.all();
    readers.removeAll(excluded);
    readers.remove(reporter);
    readers.remove(Objects.requireNonNull(otherParty, "other party is required"));
    return readers;
  }

  /**
   * Moves the concern on. The reporter may only skip step 1; a contact may make any move the state
   * allows. The new owner is the acting contact when they may own the step, else the first contact
   * who may.
   *
   * @param actor who moves it, or null when its deadline passed
   * @throws Refusal naming the state when the move is not allowed
   */
  public void move(
      ConcernState target,
      String actor,
      String note,
      Contacts contacts,
      Deadlines deadlines,
      Instant now) {
    Objects.requireNonNull(target, "to is required");
    if (!state.canMoveTo(target)) {
      throw state == ConcernState.RESOLVED
          ? Refusal.conflict(
              "to", "refusal.concern.resolved", String.valueOf(state), String.valueOf(target))
          : Refusal.conflict(
              "to",
              "refusal.concern.cannotMove",
              String.valueOf(state),
              String.valueOf(target),
              String.valueOf(state.successors()));
    }
    if (reporter.equals(actor)
        && state != ConcernState.RAISED
        && !(state == ConcernState.STEP_1 && target == ConcernState.STEP_2)) {
      throw Refusal.conflict("to", "refusal.concern.contactsMove", String.valueOf(state));
    }
    String body = note == null || note.isBlank() ? null : ConcernText.of("note", note, NOTE_LENGTH);
    ConcernState entered = target;
    if (entered == ConcernState.STEP_1 && ownersOf(entered, contacts).isEmpty()) {
      notes.add(
          new ConcernNote(
              null,
              "Step 1 was skipped: the only contacts who could hold a confidential check-in are"
                  + " people you excluded.",
              now));
      entered = ConcernState.STEP_2;
    }
    Set<String> owners = ownersOf(entered, contacts);
    if (entered.isStep() && owners.isEmpty()) {
      throw Refusal.conflict(
          "to", "refusal.concern.noOwner", String.valueOf(entered), String.valueOf(state));
    }
    String newOwner =
        owners.isEmpty()
            ? null
            : actor != null && owners.contains(actor) ? actor : owners.iterator().next();
    Duration allowed = deadlines.of(entered);
    Instant next = allowed == null ? null : now.plus(allowed);
    transitions.add(new Transition(state, entered, actor, newOwner, body, next, now));
    this.state = entered;
    this.owner = newOwner;
    this.deadline = next;
    this.handoverRefusedAt = null;
  }

  /**
   * Notes that its deadline passed but nobody may take the next step: it stays as it is, and the
   * timer leaves it alone for a while.
   */
  public void handoverRefused(Instant now) {
    this.handoverRefusedAt = now;
  }

  /** When the timer last found that nobody may take the next step; null if it has not. */
  public Instant getHandoverRefusedAt() {
    return handoverRefusedAt;
  }

  /**
   * Hands an unattended concern on to the next step's contacts; in step 3, the last, it goes to the
   * next HR contact with a new deadline.
   *
   * @return who owns it now
   */
  public String escalate(Contacts contacts, Deadlines deadlines, Instant now) {
    ConcernState next = state.escalated();
    if (next != state) {
      move(next, null, "The deadline passed: handed on automatically.", contacts, deadlines, now);
    } else {
      List<String> owners = new ArrayList<>(ownersOf(state, contacts));
      String following =
          owners.isEmpty() ? owner : owners.get((owners.indexOf(owner) + 1) % owners.size());
      transitions.add(
          new Transition(
              state,
              state,
              null,
              following,
              "The deadline passed: handed on automatically.",
              now.plus(deadlines.of(state)),
              now));
      this.owner = following;
      this.deadline = now.plus(deadlines.of(state));
    }
    return owner;
  }

  /** Who may own the step: the contacts who may now, among the readers fixed at raising. */
  private Set<String> ownersOf(ConcernState step, Contacts contacts) {
    Set<String> owners = contacts.ownersOf(step);
    owners.retainAll(readers);
    return owners;
  }

  /**
   * Its owner lost the reach to read it (the role taken away, no longer named on the cohort,
   * deactivated): the step passes to a remaining reader, step 1 on to step 2 when no facilitator
   * among them remains. Where no reader remains, only the reporter is told, in a note for them
   * alone, and nobody owns it.
   *
   * @param contacts the contacts who may act now
   * @return the new owner, if any
   */
  public Optional<String> rehome(Contacts contacts, Deadlines deadlines, Instant now) {
    if (!state.isStep() || owner == null || ownersOf(state, contacts).contains(owner)) {
      return Optional.ofNullable(owner);
    }
    String note = "The contact who held this step can no longer read it: handed on.";
    Set<String> owners = ownersOf(state, contacts);
    if (!owners.isEmpty()) {
      String following = owners.iterator().next();
      transitions.add(new Transition(state, state, null, following, note, deadline, now));
      owner = following;
    } else if (state == ConcernState.STEP_1 && !ownersOf(ConcernState.STEP_2, contacts).isEmpty()) {
      move(ConcernState.STEP_2, null, note, contacts, deadlines, now);
    } else {
      transitions.add(new Transition(state, state, null, null, null, null, now));
      owner = null;
      deadline = null;
      notes.add(
          new ConcernNote(
              null,
              "None of the people who could read your concern can take it on any more. You may"
                  + " raise it again, and HR can name other escalation contacts for the cohort.",
              NoteAudience.REPORTER,
              now));
    }
    return Optional.ofNullable(owner);
  }

  /**
   * A note for all readers, or for the reporter alone: only a contact writes to the reporter, and
   * the other contacts do not see it.
   */
  public void addNote(String author, String body, boolean toReporter, Instant now) {
    if (isErased()) {
      throw Refusal.conflict("note", "refusal.concern.erased");
    }
    if (toReporter && reporter.equals(author)) {
      throw Refusal.conflict("toReporter", "refusal.concern.toReporter");
    }
    notes.add(
        new ConcernNote(
            author,
            ConcernText.of("note", body, NOTE_LENGTH),
            toReporter ? NoteAudience.REPORTER : NoteAudience.READERS,
            now));
  }

  /**
   * Whether its title or description contains the text, ignoring case: the columns are sealed, so
   * searching looks into the opened concerns rather than the database. An erased concern, or one
   * whose text cannot be read, matches nothing.
   */
  public boolean mentions(String text) {
    return content != null && content.mentions(text);
  }

  /** The notes the reader sees, oldest first. */
  public List<ConcernNote> notesFor(String reader) {
    boolean isReporter = reporter.equals(reader);
    return notes.stream().filter(n -> n.isFor(reader, isReporter)).toList();
  }

  /** A contact keeps its content beyond the retention period, for a reason. */
  public void hold(String contact, String reason) {
    if (isErased()) {
      throw Refusal.conflict("hold", "refusal.concern.erasedAlready");
    }
    this.hold = LegalHold.placedBy(contact, reason);
  }

  /**
   * A contact lifts the legal hold, for a reason the other contacts read in a note: the content may
   * then be erased once retention ended.
   *
   * @throws Refusal when it is not on hold
   * @throws Refusal when the reason is missing or too long
   */
  public void liftHold(String contact, String reason, Instant now) {
    if (!isOnHold()) {
      throw Refusal.conflict("hold", "refusal.concern.notHeld");
    }
    String note = LegalHold.liftedBecause(reason);
    this.hold = null;
    notes.add(new ConcernNote(contact, note, NoteAudience.CONTACTS, now));
  }

  /**
   * The contact owning step 3 asks HR for a program adjustment of the pairing. HR reads only the
   * reason, so it must not repeat the concern ({@link WordingCheck}).
   *
   * @return the reason as HR will read it
   * @throws Refusal when the concern is not in step 3, the actor does not own it, or an adjustment
   *     asked for earlier is still open
   * @throws Refusal naming the field of a bad reason
   */
  public String askForAdjustment(String actor, String kind, String reason, Instant now) {
    String why =
        AdjustmentRequest.reasonFor(
            state, Objects.equals(actor, owner), adjustment, reason, wording());
    notes.add(
        new ConcernNote(actor, "Asked HR for a program adjustment (" + kind + "): " + why, now));
    adjustment = AdjustmentRequest.askedAt(now);
    return why;
  }

  private WordingCheck wording() {
    return content == null ? new WordingCheck(null, null) : content.wording();
  }

  /**
   * HR carried out the adjustment asked for: the concern is resolved, which its readers see in its
   * path. A concern no longer in step 3 (resolved meanwhile) stays as it is.
   */
  public void adjusted(String kind, Contacts contacts, Deadlines deadlines, Instant now) {
    adjustment = null;
    if (state == ConcernState.STEP_3) {
      move(
          ConcernState.RESOLVED,
          null,
          "HR carried out the program adjustment (" + kind + ").",
          contacts,
          deadlines,
          now);
    }
  }

  public boolean isOnHold() {
    return hold != null && hold.getReason() != null;
  }

  private boolean isErased() {
    return content != null && content.isErased();
  }

  /**
   * Erases the content once retention ended; who, what state and when stay.
   *
   * @throws Refusal while it is on legal hold
   */
  public void erase(Instant now) {
    if (isOnHold()) {
      throw Refusal.conflict("hold", "refusal.concern.held");
    }
    content.erase(now);
    notes.forEach(ConcernNote::erase);
    transitions.forEach(Transition::erase);
  }

  /**
   * Erases what this person wrote along the path (notes, and the notes of moves they made), on
   * their request; the path itself stays.
   *
   * @return how many texts were erased
   * @throws Refusal while it is on legal hold
   */
  public int eraseWrittenBy(String author) {
    if (isOnHold()) {
      throw Refusal.conflict("hold", "refusal.concern.held");
    }
    int erased = 0;
    for (ConcernNote note : notes) {
      if (author.equals(note.getAuthor()) && note.getBody() != null) {
        note.erase();
        erased++;
      }
    }
    for (Transition move : transitions) {
      if (author.equals(move.getActor()) && move.getNote() != null) {
        move.erase();
        erased++;
      }
    }
    return erased;
  }

  public Instant getAdjustmentAskedAt() {
    return adjustment == null ? null : adjustment.getAskedAt();
  }

  public boolean isReporter(String subject) {
    return reporter.equals(subject);
  }

  public UUID getId() {
    return id;
  }

  public UUID getCohortId() {
    return cohortId;
  }

  public UUID getPairingId() {
    return pairingId;
  }

  public String getReporter() {
    return reporter;
  }

  public String getTitle() {
    return content == null ? null : content.getTitle();
  }

  public String getDescription() {
    return content == null ? null : content.getDescription();
  }

  /** Who may read it besides the reporter, as fixed when it was raised. */
  public Set<String> getReaders() {
    return Set.copyOf(readers);
  }

  public Set<String> getExcluded() {
    return Set.copyOf(excluded);
  }

  public ConcernState getState() {
    return state;
  }

  public String getOwner() {
    return owner;
  }

  public Instant getDeadline() {
    return deadline;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public String getHoldReason() {
    return hold == null ? null : hold.getReason();
  }

  public String getHeldBy() {
    return hold == null ? null : hold.getHeldBy();
  }

  public Instant getErasedAt() {
    return content == null ? null : content.getErasedAt();
  }

  public List<Transition> getTransitions() {
    return List.copyOf(transitions);
  }

  public List<ConcernNote> getNotes() {
    return List.copyOf(notes);
  }

  public long getVersion() {
    return version;
  }
}
