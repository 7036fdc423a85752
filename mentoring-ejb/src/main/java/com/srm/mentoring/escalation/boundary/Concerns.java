package com.srm.mentoring.escalation.boundary;

import static com.srm.mentoring.escalation.control.ConcernAccess.CONCERN;

import com.srm.mentoring.escalation.control.ConcernAccess;
import com.srm.mentoring.escalation.control.EscalationSettings;
import com.srm.mentoring.escalation.entity.Concern;
import com.srm.mentoring.escalation.entity.ConcernState;
import com.srm.mentoring.escalation.entity.Notification;
import com.srm.mentoring.escalation.entity.TransitionRefused;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.AdjustmentAsked;
import com.srm.mentoring.pairing.entity.AdjustmentKind;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.control.StaleRecord;
import com.srm.mentoring.platform.entity.Action;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Concerns (SPEC 6): a participant raises one about their pairing; the escalation contacts named on
 * its cohort, minus those it excludes, take it along the path. Every read, list, count and search
 * goes through the one rule of {@link ConcernAccess}: HR admins, auditors, facilitators who are not
 * named contacts and the other party see nothing, not even a count, and a refused read is logged
 * and answered as "not found". Every read is logged, without content.
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

  @Resource SessionContext session;

  @Inject ProgramClock clock;

  @Inject ConcernAccess access;

  @Inject PairingAccess people;

  @Inject EscalationSettings settings;

  @Inject Event<AdjustmentAsked> asked;

  /**
   * Raises a concern about one of the caller's pairings, in the caller's name.
   *
   * @param excluded usernames of people who must not see it
   * @throws IllegalArgumentException naming the field of bad input, or "nobody could read it"
   */
  @Audited(action = Action.CREATE, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Concern raise(
      UUID pairingId,
      String title,
      String description,
      Collection<String> excluded,
      boolean skipStepOne) {
    Person me = me();
    Pairing pairing = pairingId == null ? null : em.find(Pairing.class, pairingId);
    if (pairing == null || !pairing.isParty(me.getSubject())) {
      throw new IllegalArgumentException("pairing: you are in no pairing " + pairingId);
    }
    Cohort cohort = em.find(Cohort.class, pairing.getCohortId());
    if (cohort.isClosed()) {
      throw new IllegalArgumentException("pairing: its cohort is closed");
    }
    Concern concern =
        new Concern(
            cohort.getId(),
            pairing.getId(),
            me.getSubject(),
            title,
            description,
            subjects(excluded),
            access.contactsOf(cohort.getId()),
            skipStepOne,
            settings.deadlines(),
            clock.now());
    em.persist(concern);
    notify(concern);
    return concern;
  }

  private Set<String> subjects(Collection<String> usernames) {
    Set<String> subjects = new LinkedHashSet<>();
    if (usernames != null) {
      for (String username : usernames) {
        subjects.add(
            people
                .person(username)
                .orElseThrow(
                    () -> new IllegalArgumentException("excluded: nobody known as " + username))
                .getSubject());
      }
    }
    return subjects;
  }

  /** The concern, for its readers; "not found" for everyone else, and the refusal is logged. */
  @Audited(action = Action.READ, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Concern find(@RecordId UUID id) {
    return access.readable(id, me().getSubject(), Action.READ);
  }

  /** The concerns the caller may read, newest first. */
  @Audited(action = Action.READ, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Concern> list() {
    return access.list(me().getSubject());
  }

  /** How many concerns the caller may read: zero for anyone who may read none. */
  @Audited(action = Action.READ, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count() {
    return access.count(me().getSubject());
  }

  /** The concerns the caller may read whose title or description contains the text. */
  @Audited(action = Action.READ, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Concern> search(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("q: search for some text");
    }
    return access.search(me().getSubject(), text);
  }

  /**
   * Moves the concern on; the new step's owner is notified.
   *
   * @param version the version the caller saw, or null not to check
   * @throws TransitionRefused naming the state, also when another contact moved it first
   */
  @Audited(action = Action.UPDATE, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Concern move(@RecordId UUID id, ConcernState to, String note, Long version) {
    String me = me().getSubject();
    Concern concern = access.changeable(id, me, Action.UPDATE);
    StaleRecord.check(CONCERN, version, concern.getVersion());
    if (to == null) {
      throw new IllegalArgumentException(
          "to: name the state, one of " + List.of(ConcernState.values()));
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
    return concern;
  }

  /** A note for the concern's readers, or for its reporter alone. */
  @Audited(action = Action.UPDATE, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Concern addNote(@RecordId UUID id, String text, boolean toReporter) {
    String me = me().getSubject();
    Concern concern = access.changeable(id, me, Action.UPDATE);
    concern.addNote(me, text, toReporter, clock.now());
    flush(concern);
    return concern;
  }

  /** A contact keeps the concern's content beyond retention, for a reason. */
  @Audited(action = Action.UPDATE, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Concern hold(@RecordId UUID id, String reason) {
    String me = me().getSubject();
    Concern concern = contactsChange(id, me, Action.UPDATE, "hold");
    concern.hold(me, reason);
    flush(concern);
    return concern;
  }

  /**
   * A contact lifts the legal hold, for a reason the other contacts read; the access log records it
   * as a lifting of the hold, not as an ordinary change.
   */
  @Audited(action = Action.LIFT_HOLD, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Concern liftHold(@RecordId UUID id, String reason) {
    String me = me().getSubject();
    Concern concern = contactsChange(id, me, Action.LIFT_HOLD, "hold");
    concern.liftHold(me, reason, clock.now());
    flush(concern);
    return concern;
  }

  /**
   * The contact owning step 3 asks HR for a program adjustment of the pairing, with a short reason
   * that does not repeat the concern. HR sees the request on the pairing, never the concern; once
   * HR carried it out, the concern is resolved.
   *
   * @throws IllegalArgumentException naming the field of a bad kind or reason
   * @throws TransitionRefused when the concern is not in step 3 or the caller does not own it
   */
  @Audited(action = Action.UPDATE, recordType = CONCERN)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Concern askForAdjustment(@RecordId UUID id, AdjustmentKind kind, String reason) {
    String me = me().getSubject();
    Concern concern = contactsChange(id, me, Action.UPDATE, "kind");
    if (kind == null) {
      throw new IllegalArgumentException(
          "kind: name the adjustment, one of " + List.of(AdjustmentKind.values()));
    }
    Instant now = clock.now();
    String why = concern.askForAdjustment(me, kind.name(), reason, now);
    asked.fire(new AdjustmentAsked(concern.getPairingId(), concern.getId(), kind, why, me, now));
    flush(concern);
    return concern;
  }

  /** The concern for a change only its contacts make, never its reporter. */
  private Concern contactsChange(UUID id, String me, Action action, String field) {
    Concern concern = access.changeable(id, me, action);
    if (concern.isReporter(me)) {
      throw new TransitionRefused(field + ": only the escalation contacts do this");
    }
    return concern;
  }

  /** The caller's unseen "a concern needs you" notices; they name no content. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Notification> notifications() {
    return em.createNamedQuery(Notification.UNSEEN, Notification.class)
        .setParameter("me", me().getSubject())
        .getResultList();
  }

  /** The caller opened the concern: its notices to them are done with. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void seen(UUID concernId) {
    em.createQuery(
            "UPDATE Notification n SET n.seen = true"
                + " WHERE n.recipient = :me AND n.concernId = :concern AND n.seen = false")
        .setParameter("me", me().getSubject())
        .setParameter("concern", concernId)
        .executeUpdate();
  }

  /** Usernames of the given subjects, for showing who owns a step or wrote a note. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<String, String> usernames(Collection<String> subjects) {
    Map<String, String> names = new HashMap<>();
    if (!subjects.isEmpty()) {
      em.createQuery("SELECT p FROM Person p WHERE p.subject IN :subjects", Person.class)
          .setParameter("subjects", subjects)
          .getResultStream()
          .forEach(p -> names.put(p.getSubject(), p.getUsername()));
    }
    return names;
  }

  /** The caller's subject, for telling the reporter's view from a contact's. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String mySubject() {
    return me().getSubject();
  }

  private void notify(Concern concern) {
    if (concern.getOwner() != null) {
      em.persist(new Notification(concern.getOwner(), concern.getId(), clock.now()));
    }
  }

  /** Two contacts moving one concern at once: the second learns that the first was quicker. */
  private void flush(Concern concern) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new TransitionRefused(
          "version: another contact changed this concern at the same moment; it is now "
              + "changed by them, reload it and decide again");
    }
  }

  private Person me() {
    return people.caller(session.getCallerPrincipal().getName());
  }
}
