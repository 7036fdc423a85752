package com.srm.mentoring.escalation.boundary;

import static com.srm.mentoring.escalation.control.ConcernAccess.CONCERN;

import com.srm.mentoring.escalation.control.ConcernAccess;
import com.srm.mentoring.escalation.control.ConcernMail;
import com.srm.mentoring.escalation.control.EscalationSettings;
import com.srm.mentoring.escalation.entity.Concern;
import com.srm.mentoring.escalation.entity.ConcernDetail;
import com.srm.mentoring.escalation.entity.ConcernListing;
import com.srm.mentoring.escalation.entity.ConcernState;
import com.srm.mentoring.escalation.entity.Notification;
import com.srm.mentoring.escalation.entity.ReaderChoice;
import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.AdjustmentAsked;
import com.srm.mentoring.pairing.entity.AdjustmentKind;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Concerns (docs/rules.md, concerns): a participant raises one about their pairing; the escalation
 * contacts named on its cohort, minus those it excludes, take it along the path. Every read, list,
 * count and search goes through the one rule of {@link ConcernAccess}: HR admins, auditors,
 * facilitators who are not named contacts and the other party see nothing, not even a count, and a
 * refused read is logged and answered as "not found". Every read is logged, without content.
 */
@Stateless
@RolesAllowed({
  Roles.EMPLOYEE,
  Roles.FACILITATOR,
  Roles.HR_ADMIN,
  Roles.ESCALATION_CONTACT,
  Roles.AUDITOR
})
@Interceptors(RoleCheck.class)
public class Concerns {

  @PersistenceContext EntityManager em;

  @Inject PersonRecords people;

  @Resource SessionContext session;

  @Inject ProgramClock clock;

  @Inject ConcernAccess access;

  @Inject PairingAccess pairingAccess;

  @Inject EscalationSettings settings;

  @Inject ConcernMail mail;

  @Inject Event<AdjustmentAsked> asked;

  @Inject Event<AccessDenied> denials;

  /**
   * Raises a concern about one of the caller's pairings, in the caller's name. Its readers are
   * fixed now: the cohort's escalation contacts who may act, minus the excluded and the other
   * party.
   *
   * @param excluded usernames of the cohort's facilitators or escalation contacts who must not see
   *     it
   * @throws Refusal naming the field of bad input, or "nobody could read it"
   */
  @Audited(action = Action.CREATE, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public ConcernDetail raise(
      UUID pairingId,
      String title,
      String description,
      Collection<String> excluded,
      boolean skipStepOne) {
    Person me = me();
    Pairing pairing = ownPairing(pairingId, me);
    Cohort cohort = em.find(Cohort.class, pairing.getCohortId());
    if (cohort.isClosed()) {
      throw Refusal.invalid("pairing", "refusal.concern.cohortClosed");
    }
    Concern concern =
        new Concern(
            cohort.getId(),
            pairing.getId(),
            me.getSubject(),
            pairing.otherParty(me.getSubject()),
            title,
            description,
            excludedSubjects(cohort, excluded),
            access.contactsOf(cohort.getId()),
            skipStepOne,
            settings.deadlines(),
            clock.now());
    em.persist(concern);
    notify(concern);
    return detail(concern, me);
  }

  /**
   * Who would read a concern the caller raised about the pairing with these exclusions, and whom
   * they may exclude: shown before sending, so that nobody reads it whom the reporter did not see
   * named.
   *
   * @throws Refusal naming the field of a pairing the caller is no party of, or of an exclusion
   *     that is not among the choices
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ReaderChoice readers(UUID pairingId, Collection<String> excluded) {
    Person me = me();
    Pairing pairing = ownPairing(pairingId, me);
    Cohort cohort = em.find(Cohort.class, pairing.getCohortId());
    Set<String> readers =
        Concern.readersOf(
            access.contactsOf(cohort.getId()),
            me.getSubject(),
            pairing.otherParty(me.getSubject()),
            excludedSubjects(cohort, excluded));
    Set<String> excludable = new HashSet<>(excludableOf(cohort));
    excludable.remove(me.getSubject());
    excludable.remove(pairing.otherParty(me.getSubject()));
    return new ReaderChoice(people(readers), people(excludable));
  }

  private Pairing ownPairing(UUID pairingId, Person me) {
    Pairing pairing = pairingId == null ? null : em.find(Pairing.class, pairingId);
    if (pairing == null || !pairing.isParty(me.getSubject())) {
      throw Refusal.invalid("pairing", "refusal.concern.noPairing", String.valueOf(pairingId));
    }
    return pairing;
  }

  /** Whom a reporter may exclude: the cohort's facilitators and named escalation contacts. */
  private static Set<String> excludableOf(Cohort cohort) {
    Set<String> excludable = new HashSet<>(cohort.getFacilitators());
    excludable.addAll(cohort.getEscalationContacts());
    return excludable;
  }

  /**
   * The subjects of the excluded usernames, each one of the cohort's facilitators or contacts. Any
   * other name is refused with the same words whether or not such a person exists: the form tells
   * nobody who the application knows.
   */
  private Set<String> excludedSubjects(Cohort cohort, Collection<String> usernames) {
    Set<String> subjects = new LinkedHashSet<>();
    if (usernames == null) {
      return subjects;
    }
    Map<String, String> choices = new HashMap<>();
    people(excludableOf(cohort)).forEach(p -> choices.put(p.getUsername(), p.getSubject()));
    for (String username : usernames) {
      String subject = username == null ? null : choices.get(username.strip());
      if (subject == null) {
        denials.fire(AccessDenied.of(Action.READ, Person.RECORD_TYPE, username));
        throw Refusal.invalid("excluded", "refusal.concern.excludable", username);
      }
      subjects.add(subject);
    }
    return subjects;
  }

  private List<Person> people(Collection<String> subjects) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT p FROM Person p WHERE p.subject IN :subjects ORDER BY p.displayName",
            Person.class)
        .setParameter("subjects", subjects)
        .getResultList();
  }

  /** The concern, for its readers; "not found" for everyone else, and the refusal is logged. */
  @Audited(action = Action.READ, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ConcernDetail find(@RecordId UUID id) {
    Person me = me();
    return detail(access.readable(id, me, Action.READ), me);
  }

  /** The concerns the caller may read, newest first. */
  @Audited(action = Action.READ, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ConcernListing> list() {
    return listings(access.list(me()));
  }

  /** How many concerns the caller may read: zero for anyone who may read none. */
  @Audited(action = Action.READ, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count() {
    return access.count(me());
  }

  /** The concerns the caller may read whose title or description contains the text. */
  @Audited(action = Action.READ, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ConcernListing> search(String text) {
    if (text == null || text.isBlank()) {
      throw Refusal.invalid("q", "refusal.concern.search");
    }
    return listings(access.search(me(), text));
  }

  /**
   * Moves the concern on; the new step's owner is notified.
   *
   * @param version the version the caller saw, or null not to check
   * @throws Refusal naming the state, also when another contact moved it first
   */
  @Audited(action = Action.UPDATE, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public ConcernDetail move(@RecordId UUID id, ConcernState to, String note, Long version) {
    Person caller = me();
    String me = caller.getSubject();
    Concern concern = access.changeable(id, caller, Action.UPDATE);
    Refusal.checkVersion(CONCERN, version, concern.getVersion());
    if (to == null) {
      throw Refusal.invalid(
          "to", "refusal.concern.state", String.valueOf(List.of(ConcernState.values())));
    }
    String before = concern.getOwner();
    concern.move(
        to, me, note, access.contactsOf(concern.getCohortId()), settings.deadlines(), clock.now());
    flush(concern);
    if (concern.getOwner() != null
        && !concern.getOwner().equals(before)
        && !concern.getOwner().equals(me)) {
      notify(concern);
    }
    return detail(concern, caller);
  }

  /** A note for the concern's readers, or for its reporter alone. */
  @Audited(action = Action.UPDATE, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public ConcernDetail addNote(@RecordId UUID id, String text, boolean toReporter) {
    Person caller = me();
    String me = caller.getSubject();
    Concern concern = access.changeable(id, caller, Action.UPDATE);
    concern.addNote(me, text, toReporter, clock.now());
    flush(concern);
    return detail(concern, caller);
  }

  /** A contact keeps the concern's content beyond retention, for a reason. */
  @Audited(action = Action.UPDATE, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public ConcernDetail hold(@RecordId UUID id, String reason) {
    Person caller = me();
    String me = caller.getSubject();
    Concern concern = contactsChange(id, caller, Action.UPDATE, "hold");
    concern.hold(me, reason);
    flush(concern);
    return detail(concern, caller);
  }

  /**
   * A contact lifts the legal hold, for a reason the other contacts read; the access log records it
   * as a lifting of the hold, not as an ordinary change.
   */
  @Audited(action = Action.LIFT_HOLD, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public ConcernDetail liftHold(@RecordId UUID id, String reason) {
    Person caller = me();
    String me = caller.getSubject();
    Concern concern = contactsChange(id, caller, Action.LIFT_HOLD, "hold");
    concern.liftHold(me, reason, clock.now());
    flush(concern);
    return detail(concern, caller);
  }

  /**
   * The contact owning step 3 asks HR for a program adjustment of the pairing, with a short reason
   * that does not repeat the concern. HR sees the request on the pairing, never the concern; once
   * HR carried it out, the concern is resolved.
   *
   * @throws Refusal naming the field of a bad kind or reason
   * @throws Refusal when the concern is not in step 3 or the caller does not own it
   */
  @Audited(action = Action.UPDATE, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public ConcernDetail askForAdjustment(@RecordId UUID id, AdjustmentKind kind, String reason) {
    Person caller = me();
    String me = caller.getSubject();
    Concern concern = contactsChange(id, caller, Action.UPDATE, "kind");
    if (kind == null) {
      throw Refusal.invalid(
          "kind",
          "refusal.concern.adjustmentKind",
          String.valueOf(List.of(AdjustmentKind.values())));
    }
    Instant now = clock.now();
    String why = concern.askForAdjustment(me, kind.name(), reason, now);
    asked.fire(new AdjustmentAsked(concern.getPairingId(), concern.getId(), kind, why, me, now));
    flush(concern);
    return detail(concern, caller);
  }

  /** The concern for a change only its contacts make, never its reporter. */
  private Concern contactsChange(UUID id, Person me, Action action, String field) {
    Concern concern = access.changeable(id, me, action);
    if (concern.isReporter(me.getSubject())) {
      throw Refusal.conflict(field, "refusal.concern.contactsOnly");
    }
    return concern;
  }

  /** The caller's unseen "a concern needs you" notices; they name no content. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Notification> notifications() {
    Person me = me();
    return em.createNamedQuery(Notification.UNSEEN, Notification.class)
        .setParameter("me", me.getSubject())
        .setParameter("contact", me.holds(Roles.ESCALATION_CONTACT))
        .getResultList();
  }

  /**
   * The caller says they saw the concern: its notices to them are done with. Only an explicit
   * request does this, never opening a page, so that a link cannot clear them.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void seen(UUID concernId) {
    em.createQuery(
            "UPDATE Notification n SET n.seen = true"
                + " WHERE n.recipient = :me AND n.concernId = :concern AND n.seen = false")
        .setParameter("me", me().getSubject())
        .setParameter("concern", concernId)
        .executeUpdate();
  }

  /**
   * The concern as the caller sees it: everyone it names read in one query, whether a notice about
   * it waits for the caller, and what the caller may do with it.
   */
  private ConcernDetail detail(Concern concern, Person me) {
    boolean noticed =
        em.createNamedQuery(Notification.UNSEEN, Notification.class)
            .setParameter("me", me.getSubject())
            .setParameter("contact", me.holds(Roles.ESCALATION_CONTACT))
            .getResultStream()
            .anyMatch(n -> n.getConcernId().equals(concern.getId()));
    // the pairing and cohort it is about: a concern outlives neither, but it is read as is
    Pairing pairing = em.find(Pairing.class, concern.getPairingId());
    Cohort cohort = em.find(Cohort.class, concern.getCohortId());
    String mentor = pairing == null ? null : pairing.getMentor();
    String mentee = pairing == null ? null : pairing.getMentee();
    Set<String> subjects =
        mentor == null
            ? ConcernDetail.subjects(concern)
            : ConcernDetail.subjects(concern, mentor, mentee);
    return ConcernDetail.of(
        concern,
        me.getSubject(),
        people.names(subjects),
        noticed,
        cohort == null ? null : cohort.getName(),
        mentor,
        mentee);
  }

  private List<ConcernListing> listings(List<Concern> found) {
    Map<String, PersonName> names = people.names(found.stream().map(Concern::getOwner).toList());
    return found.stream().map(c -> ConcernListing.of(c, names)).toList();
  }

  /**
   * Tells the step's new owner on their home page and, where mail is configured, by e-mail: a
   * contact who does not sign in for days learns of the concern before its deadline passes.
   */
  private void notify(Concern concern) {
    if (concern.getOwner() != null) {
      em.persist(new Notification(concern.getOwner(), concern.getId(), clock.now()));
      mail.concernNeeds(concern.getOwner(), concern.getId());
    }
  }

  /** Two contacts moving one concern at once: the second learns that the first was quicker. */
  private void flush(Concern concern) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw Refusal.of(Refusal.Kind.STALE, "version", "refusal.concern.raced");
    }
  }

  private Person me() {
    return pairingAccess.caller(session.getCallerPrincipal().getName());
  }
}
