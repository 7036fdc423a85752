package com.srm.mentoring.pairing.entity;

import com.srm.mentoring.platform.control.SealedText;
import com.srm.mentoring.platform.entity.HasRecordId;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A junior mentor and a senior mentee in a cohort, with their facilitator (docs/rules.md,
 * pairings).
 *
 * <p>Who may read it is decided here: its two parties, its facilitator while they hold the role,
 * and HR. The senior's "I will learn" objective can be edited until the first session is held, then
 * it is locked; the first session cannot be held before it is stated. A re-pair request records
 * only that it was made: neither who asked nor why. Once it has ended each party rates how far the
 * senior got, once and for good; neither sees the other's rating.
 *
 * <p>HR may pause it, directly or carrying out a step-3 adjustment, and resume it: while paused no
 * session is planned, so nobody is asked about one and nobody is warned that it is quiet. A change
 * of format carried out by HR is recorded on it, with HR's note, which is sealed with the content
 * keys ({@link SealedText}) like the adjustment it carries out: an update writes only the columns
 * that changed.
 */
@Entity
@Table(name = "pairing")
@DynamicUpdate
@NamedQuery(
    name = Pairing.READABLE,
    query =
        "SELECT p FROM Pairing p WHERE p.id = :id AND (:hr = TRUE OR p.mentor = :me"
            + " OR p.mentee = :me OR (:facilitating = TRUE AND p.facilitator = :me))")
@NamedQuery(
    name = Pairing.MINE,
    query =
        "SELECT p FROM Pairing p WHERE p.mentor = :me OR p.mentee = :me"
            + " OR (:facilitating = TRUE AND p.facilitator = :me) ORDER BY p.formedAt DESC")
@NamedQuery(
    name = Pairing.OF_COHORT,
    query =
        "SELECT p FROM Pairing p WHERE p.cohortId = :cohort AND (:hr = TRUE OR p.mentor = :me"
            + " OR p.mentee = :me OR (:facilitating = TRUE AND p.facilitator = :me))"
            + " ORDER BY p.formedAt")
@NamedQuery(
    name = Pairing.ONGOING_IN_COHORT,
    query = "SELECT p FROM Pairing p WHERE p.cohortId = :cohort AND p.state <> :ended")
@NamedQuery(
    name = Pairing.ONGOING_OF_PERSON,
    query =
        "SELECT p FROM Pairing p WHERE p.state <> :ended AND (p.mentor = :subject"
            + " OR p.mentee = :subject)")
public class Pairing implements HasRecordId {

  public static final String READABLE = "Pairing.readable";
  public static final String MINE = "Pairing.mine";
  public static final String OF_COHORT = "Pairing.ofCohort";

  /** Active or paused pairings of a cohort; parameters {@code cohort} and {@code ended}. */
  public static final String ONGOING_IN_COHORT = "Pairing.ongoingInCohort";

  /** Active or paused pairings of a person; parameters {@code subject} and {@code ended}. */
  public static final String ONGOING_OF_PERSON = "Pairing.ongoingOfPerson";

  public static final int OBJECTIVE_LENGTH = 500;
  public static final int FORMAT_NOTE_LENGTH = 500;
  public static final int MIN_RATING = 1;
  public static final int MAX_RATING = 5;

  @Id private UUID id;

  @NotNull
  @Column(name = "cohort_id", nullable = false, updatable = false)
  private UUID cohortId;

  @NotNull
  @Column(name = "mentor_subject", nullable = false, updatable = false)
  private String mentor;

  @NotNull
  @Column(name = "mentee_subject", nullable = false, updatable = false)
  private String mentee;

  @NotNull
  @Column(name = "facilitator_subject", nullable = false)
  private String facilitator;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PairingState state;

  @Column(name = "formed_at", nullable = false, updatable = false)
  private Instant formedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "end_cause", length = 24)
  private EndCause endCause;

  @Column(name = "repair_requested_at")
  private Instant repairRequestedAt;

  @Size(max = OBJECTIVE_LENGTH)
  @Column(length = OBJECTIVE_LENGTH)
  private String objective;

  @Column(name = "objective_locked_at")
  private Instant objectiveLockedAt;

  @Column(name = "paused_at")
  private Instant pausedAt;

  @Column(name = "resumed_at")
  private Instant resumedAt;

  @Column(name = "format_changed_at")
  private Instant formatChangedAt;

  @Convert(converter = SealedText.class)
  @Column(name = "format_note", columnDefinition = "text")
  private String formatNote;

  /**
   * The senior's rating, sealed at rest: it lies on a row that names the person, so a reader of the
   * database must not see it ({@link #rate} checks the range).
   */
  @Convert(converter = SealedText.class)
  @Column(name = "senior_rating", columnDefinition = "text")
  private String seniorRating;

  /** The junior's rating, sealed at rest as the senior's. */
  @Convert(converter = SealedText.class)
  @Column(name = "junior_rating", columnDefinition = "text")
  private String juniorRating;

  @Version private long version;

  protected Pairing() {
    // for JPA
  }

  /** Forms a pairing; the program's rules are checked before, by {@code PairingRules}. */
  public Pairing(UUID cohortId, String mentor, String mentee, String facilitator, Instant at) {
    this.id = UUID.randomUUID();
    this.cohortId = Objects.requireNonNull(cohortId, "cohort is required");
    this.mentor = Objects.requireNonNull(mentor, "mentor is required");
    this.mentee = Objects.requireNonNull(mentee, "mentee is required");
    this.facilitator = Objects.requireNonNull(facilitator, "facilitator is required");
    if (mentor.equals(mentee)) {
      throw Refusal.invalid("mentee", "refusal.pairing.self");
    }
    this.state = PairingState.ACTIVE;
    this.formedAt = Objects.requireNonNull(at);
  }

  /** Its mentor, mentee and facilitator read it; so does HR, who forms and ends pairings. */
  public boolean mayBeReadBy(String subject, boolean hr) {
    return hr || isParty(subject) || facilitator.equals(subject);
  }

  /** The mentor or the mentee: the two people who meet. */
  public boolean isParty(String subject) {
    return mentor.equals(subject) || mentee.equals(subject);
  }

  /** The other of the two parties. */
  public String otherParty(String subject) {
    if (!isParty(subject)) {
      throw new IllegalArgumentException("not a party of this pairing");
    }
    return mentor.equals(subject) ? mentee : mentor;
  }

  public boolean involves(String subject) {
    return isParty(subject) || facilitator.equals(subject);
  }

  /**
   * The senior's "I will learn" statement: one concrete sentence, editable until the first session
   * is held.
   */
  public void changeObjective(String text) {
    requireOngoing();
    if (objectiveLockedAt != null) {
      throw Refusal.conflict("objective", "refusal.objective.locked");
    }
    // a form left empty sends nothing at all: the same refusal as a blank one, naming the field
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      throw Refusal.invalid("text", "refusal.objective.empty");
    }
    if (trimmed.length() > OBJECTIVE_LENGTH) {
      throw Refusal.invalid("text", "refusal.objective.tooLong", OBJECTIVE_LENGTH);
    }
    if (trimmed.contains("\n")) {
      throw Refusal.invalid("text", "refusal.objective.oneLine");
    }
    this.objective = trimmed;
  }

  /**
   * The first session was held: from now on the objective is what the pairing is measured by. It
   * cannot be held before the senior stated it, or the pairing would be measured by nothing; later
   * sessions find it locked already and pass.
   *
   * @throws Refusal naming {@code objective} when the first session comes without one
   */
  public void lockObjective(Instant at) {
    if (objectiveLockedAt != null) {
      return;
    }
    if (objective == null) {
      throw Refusal.rule("objective", "refusal.objective.beforeFirstSession");
    }
    objectiveLockedAt = Objects.requireNonNull(at);
  }

  /**
   * The senior's objective is erased on their request; the pairing and its facts stay.
   *
   * @return whether there was one to erase
   */
  public boolean eraseObjective() {
    boolean had = objective != null;
    objective = null;
    return had;
  }

  public boolean isObjectiveLocked() {
    return objectiveLockedAt != null;
  }

  /** Either party asks to end the pairing; nothing records who asked or why. */
  public void requestRepair(Instant at) {
    requireOngoing();
    if (repairRequestedAt == null) {
      repairRequestedAt = Objects.requireNonNull(at);
    }
  }

  public boolean isRepairRequested() {
    return repairRequestedAt != null;
  }

  /**
   * HR pauses the pairing: no session is planned until HR resumes it. Pausing a paused pairing
   * changes nothing, so that a pause asked for on a pairing HR paused already is simply done.
   *
   * @throws Refusal when it has ended
   */
  public void pause(Instant at) {
    requireOngoing();
    if (state == PairingState.ACTIVE) {
      state = PairingState.PAUSED;
      pausedAt = Objects.requireNonNull(at);
    }
  }

  /**
   * HR resumes a paused pairing. Quiet weeks are counted from here, not from the last session
   * before the pause, so that a resumed pairing is not reported quiet at once.
   *
   * @throws Refusal naming {@code pairing} when it is not paused
   * @throws Refusal when it has ended
   */
  public void resume(Instant at) {
    if (state != PairingState.PAUSED) {
      requireOngoing();
      throw Refusal.rule("pairing", "refusal.pairing.notPaused");
    }
    state = PairingState.ACTIVE;
    resumedAt = Objects.requireNonNull(at);
  }

  /**
   * The pair meets in another format from now on, as HR agreed and noted: the pairing's record says
   * so, without the concern that asked for it.
   *
   * @throws Refusal naming {@code note} when it is empty or too long
   * @throws Refusal when it has ended
   */
  public void changeFormat(String note, Instant at) {
    requireOngoing();
    String text = note == null ? "" : note.strip();
    if (text.isEmpty()) {
      throw Refusal.invalid("note", "refusal.pairing.formatNote");
    }
    if (text.length() > FORMAT_NOTE_LENGTH) {
      throw Refusal.invalid("note", "refusal.atMostCharacters", FORMAT_NOTE_LENGTH);
    }
    formatNote = text;
    formatChangedAt = Objects.requireNonNull(at);
  }

  /**
   * Refuses a new session unless the pairing is active: a paused pairing waits for HR to resume it.
   *
   * @throws Refusal naming {@code pairing} when it is paused
   * @throws Refusal when it has ended
   */
  public void requireSessionsAllowed() {
    if (state == PairingState.PAUSED) {
      throw Refusal.rule("pairing", "refusal.pairing.paused");
    }
    requireOngoing();
  }

  /** Ends the pairing; ending an ended one changes nothing, its first cause stays. */
  public void end(EndCause cause, Instant at) {
    Objects.requireNonNull(cause, "cause is required");
    if (state == PairingState.ENDED) {
      return;
    }
    state = PairingState.ENDED;
    endCause = cause;
    endedAt = Objects.requireNonNull(at);
  }

  /**
   * A party rates how far the senior got with the objective, once the pairing has ended: only then
   * is there an answer to "how far", and a rating given midway would colour the sessions still to
   * come. A rating is final: it joins the figures in a batch with other people's ratings
   * (docs/rules.md, micro-questions), and changing it afterwards would change a shown figure by one
   * person's rating.
   */
  public void rate(String subject, int rating) {
    if (rating < MIN_RATING || rating > MAX_RATING) {
      throw Refusal.invalid("rating", "refusal.rating.range", MIN_RATING, MAX_RATING);
    }
    if (state != PairingState.ENDED) {
      throw Refusal.conflict("rating", "refusal.rating.notEnded");
    }
    boolean senior = mentee.equals(subject);
    if (!senior && !mentor.equals(subject)) {
      throw Refusal.invalid("rating", "refusal.rating.partiesOnly");
    }
    if (ratingOf(subject) != null) {
      throw Refusal.rule("rating", "refusal.rating.final");
    }
    if (senior) {
      seniorRating = Integer.toString(rating);
    } else {
      juniorRating = Integer.toString(rating);
    }
  }

  /** Whether this party may still rate: the pairing has ended and they have not rated yet. */
  public boolean mayRate(String subject) {
    return state == PairingState.ENDED && isParty(subject) && ratingOf(subject) == null;
  }

  /** The side a party rates for: the mentee is the senior. */
  public RatingSide sideOf(String subject) {
    if (!isParty(subject)) {
      throw new IllegalArgumentException("not a party of this pairing");
    }
    return mentee.equals(subject) ? RatingSide.MENTEE : RatingSide.MENTOR;
  }

  /** The rating this person gave; the other party's stays hidden from them. */
  public Integer ratingOf(String subject) {
    if (mentee.equals(subject)) {
      return rating(seniorRating);
    }
    return mentor.equals(subject) ? rating(juniorRating) : null;
  }

  private static Integer rating(String stored) {
    return stored == null ? null : Integer.valueOf(stored);
  }

  /** Active: sessions are planned and held, questions asked, quiet weeks counted. */
  public boolean isActive() {
    return state == PairingState.ACTIVE;
  }

  public boolean isPaused() {
    return state == PairingState.PAUSED;
  }

  /** Active or paused: its two people are paired in the cohort. */
  public boolean isOngoing() {
    return state.isOngoing();
  }

  private void requireOngoing() {
    if (!isOngoing()) {
      throw Refusal.conflict("pairing", "refusal.pairing.ended");
    }
  }

  public UUID getId() {
    return id;
  }

  public UUID getCohortId() {
    return cohortId;
  }

  public String getMentor() {
    return mentor;
  }

  public String getMentee() {
    return mentee;
  }

  public String getFacilitator() {
    return facilitator;
  }

  public PairingState getState() {
    return state;
  }

  public Instant getFormedAt() {
    return formedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getObjective() {
    return objective;
  }

  public Instant getPausedAt() {
    return pausedAt;
  }

  public Instant getResumedAt() {
    return resumedAt;
  }

  public Instant getFormatChangedAt() {
    return formatChangedAt;
  }

  /** HR's note of the format agreed; never the concern that asked for it. */
  public String getFormatNote() {
    return formatNote;
  }

  public long getVersion() {
    return version;
  }
}
