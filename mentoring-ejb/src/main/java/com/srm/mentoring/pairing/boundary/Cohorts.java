package com.srm.mentoring.pairing.boundary;

import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.control.PairingFacts;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.CohortDetail;
import com.srm.mentoring.pairing.entity.CohortNotice;
import com.srm.mentoring.pairing.entity.CohortState;
import com.srm.mentoring.pairing.entity.EndCause;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.PairingState;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.RecordChanged;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The program runs HR sets up, with their named facilitators and escalation contacts. HR sees every
 * cohort; a facilitator lists the cohorts they facilitate; everyone in a cohort (its facilitators,
 * its contacts, the people in its pairings) opens it, since its page names the contacts the charter
 * promises. Working on them is program activity: it waits for a signature under the charter in
 * force.
 */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.FACILITATOR})
@Interceptors(RoleCheck.class)
@CharterSigned
public class Cohorts {

  public static final String COHORT = "cohort";

  /** The record type of a contact named on or removed from a cohort, in the access log. */
  public static final String CONTACT = "cohort-contact";

  @PersistenceContext EntityManager em;

  @Inject PersonRecords people;

  @Resource SessionContext session;

  @Inject ProgramClock clock;

  @Inject PairingFacts facts;

  @Inject PairingAccess access;

  @Inject Event<RecordChanged> changes;

  /**
   * Creates a draft cohort.
   *
   * @param facilitators usernames of people holding {@code facilitator}
   * @param escalationContacts usernames of people holding {@code escalation-contact}, at least one
   * @throws Refusal naming the field of a bad value or an unsuitable person
   */
  @RolesAllowed(Roles.HR_ADMIN)
  @Audited(action = Action.CREATE, recordType = COHORT)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public CohortDetail create(
      String name,
      LocalDate startsOn,
      LocalDate endsOn,
      int anonymityThreshold,
      List<String> facilitators,
      List<String> escalationContacts) {
    Cohort cohort = new Cohort(name, startsOn, endsOn);
    cohort.changeAnonymityThreshold(anonymityThreshold);
    name(cohort, facilitators, escalationContacts);
    em.persist(cohort);
    return changed(cohort);
  }

  /** Changes what HR set up, unless the cohort closed; a form showing an older state is refused. */
  @RolesAllowed(Roles.HR_ADMIN)
  @Audited(action = Action.UPDATE, recordType = COHORT)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public CohortDetail edit(
      @RecordId UUID id,
      Long version,
      String name,
      LocalDate startsOn,
      LocalDate endsOn,
      int anonymityThreshold,
      List<String> facilitators,
      List<String> escalationContacts) {
    Cohort cohort = readable(id, Action.UPDATE);
    Refusal.checkVersion(COHORT, version, cohort.getVersion());
    Set<String> contactsBefore = cohort.getEscalationContacts();
    cohort.rename(name);
    cohort.reschedule(startsOn, endsOn);
    cohort.changeAnonymityThreshold(anonymityThreshold);
    name(cohort, facilitators, escalationContacts);
    if (cohort.getState() == CohortState.ACTIVE) {
      announceContactChanges(cohort, contactsBefore);
    }
    return changed(cohort);
  }

  /**
   * A running cohort's contacts changed: each one named or removed is in the access log, and its
   * other contacts and its facilitators are told, so that who may read the juniors' concerns never
   * changes unseen.
   */
  private void announceContactChanges(Cohort cohort, Set<String> before) {
    Set<String> after = cohort.getEscalationContacts();
    Set<String> named = new TreeSet<>(after);
    named.removeAll(before);
    Set<String> removed = new TreeSet<>(before);
    removed.removeAll(after);
    Instant now = clock.now();
    String me = access.caller(session.getCallerPrincipal().getName()).getSubject();
    for (String subject : named) {
      announce(cohort, subject, CohortNotice.Kind.CONTACT_NAMED, Action.APPOINT, me, now);
    }
    for (String subject : removed) {
      announce(cohort, subject, CohortNotice.Kind.CONTACT_REMOVED, Action.REVOKE, me, now);
    }
  }

  private void announce(
      Cohort cohort,
      String contact,
      CohortNotice.Kind kind,
      Action action,
      String actor,
      Instant now) {
    changes.fire(new RecordChanged(action, CONTACT, cohort.getId() + "/" + contact));
    String name = em.find(Person.class, contact).getDisplayName();
    Set<String> told = new TreeSet<>(cohort.getEscalationContacts());
    told.addAll(cohort.getFacilitators());
    told.remove(contact);
    told.remove(actor);
    told.forEach(recipient -> em.persist(new CohortNotice(recipient, cohort, kind, name, now)));
  }

  /**
   * For HR: the cohort's escalation contacts who are also a mentor or mentee of one of its
   * pairings. They never read a concern about their own pairing, but they hold both places, which
   * the cohort's page warns about.
   */
  @RolesAllowed(Roles.HR_ADMIN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<String> contactsInPairings(UUID id) {
    Cohort cohort = readable(id, Action.READ);
    Set<String> contacts = cohort.getEscalationContacts();
    if (contacts.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT DISTINCT p.username FROM Person p, Pairing g WHERE g.cohortId = :cohort"
                + " AND p.subject IN :contacts"
                + " AND (g.mentor = p.subject OR g.mentee = p.subject) ORDER BY p.username",
            String.class)
        .setParameter("cohort", id)
        .setParameter("contacts", contacts)
        .getResultList();
  }

  private void name(Cohort cohort, List<String> facilitators, List<String> contacts) {
    cohort.appointFacilitators(subjectsHolding("facilitators", facilitators, Roles.FACILITATOR));
    cohort.nameEscalationContacts(
        subjectsHolding("escalationContacts", contacts, Roles.ESCALATION_CONTACT));
  }

  private List<String> subjectsHolding(String field, List<String> usernames, String role) {
    List<String> subjects = new ArrayList<>();
    for (String username : new LinkedHashSet<>(usernames == null ? List.of() : usernames)) {
      Person person =
          facts
              .byUsername(username)
              .orElseThrow(() -> Refusal.invalid(field, "refusal.person.unknown", username));
      if (!person.holdsAnyOf(List.of(role))) {
        throw Refusal.invalid(field, "refusal.person.lacksRole", username, role);
      }
      subjects.add(person.getSubject());
    }
    return subjects;
  }

  /** The cohort, for HR and everyone in it; anyone else is told it does not exist. */
  @RolesAllowed({
    Roles.EMPLOYEE,
    Roles.FACILITATOR,
    Roles.HR_ADMIN,
    Roles.ESCALATION_CONTACT,
    Roles.AUDITOR
  })
  @Audited(action = Action.READ, recordType = COHORT)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CohortDetail find(@RecordId UUID id) {
    return details(List.of(readable(id, Action.READ))).get(0);
  }

  private Cohort readable(UUID id, Action action) {
    Person me = access.caller(session.getCallerPrincipal().getName());
    Cohort cohort = id == null ? null : em.find(Cohort.class, id);
    if (cohort == null || !mayRead(cohort, me)) {
      throw access.refuse(action, COHORT, id);
    }
    return cohort;
  }

  private boolean mayRead(Cohort cohort, Person me) {
    String subject = me.getSubject();
    return PairingAccess.isHr(me)
        || cohort.isFacilitatedBy(me)
        || cohort.hasAsContact(me)
        || em.createNamedQuery(Pairing.OF_COHORT, Pairing.class)
            .setParameter("cohort", cohort.getId())
            .setParameter("hr", false)
            .setParameter("facilitating", false)
            .setParameter("me", subject)
            .setMaxResults(1)
            .getResultStream()
            .findAny()
            .isPresent();
  }

  /** HR sees every cohort, a facilitator the ones they facilitate. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<CohortDetail> all() {
    Person me = access.caller(session.getCallerPrincipal().getName());
    if (PairingAccess.isHr(me)) {
      return details(em.createNamedQuery(Cohort.ALL, Cohort.class).getResultList());
    }
    if (!PairingAccess.facilitates(me)) {
      return List.of();
    }
    return details(
        em.createNamedQuery(Cohort.OF_FACILITATOR, Cohort.class)
            .setParameter("subject", me.getSubject())
            .getResultList());
  }

  /** Starts the program run; it needs a named escalation contact. */
  @RolesAllowed(Roles.HR_ADMIN)
  @Audited(action = Action.UPDATE, recordType = COHORT)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public CohortDetail activate(@RecordId UUID id) {
    Cohort cohort = readable(id, Action.UPDATE);
    cohort.activate();
    return changed(cohort);
  }

  /** Ends the program run and, with it, every pairing still active or paused in it. */
  @RolesAllowed(Roles.HR_ADMIN)
  @Audited(action = Action.UPDATE, recordType = COHORT)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public CohortDetail close(@RecordId UUID id) {
    Cohort cohort = readable(id, Action.UPDATE);
    Instant now = clock.now();
    cohort.close(now);
    em.createNamedQuery(Pairing.ONGOING_IN_COHORT, Pairing.class)
        .setParameter("cohort", id)
        .setParameter("ended", PairingState.ENDED)
        .getResultList()
        .forEach(p -> p.end(EndCause.COHORT_CLOSED, now));
    return changed(cohort);
  }

  /** The changed cohort as HR sees it, with the version the change gave it. */
  private CohortDetail changed(Cohort cohort) {
    em.flush();
    return details(List.of(cohort)).get(0);
  }

  /** The cohorts as the caller sees them, everyone they name read in one query. */
  private List<CohortDetail> details(List<Cohort> found) {
    boolean hr = PairingAccess.isHr(access.caller(session.getCallerPrincipal().getName()));
    Map<String, PersonName> names =
        people.names(found.stream().flatMap(c -> CohortDetail.subjects(c).stream()).toList());
    return found.stream().map(c -> CohortDetail.of(c, hr, names)).toList();
  }

  /** How many cohorts run: the public landing page says so, it names none of them. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long countActive() {
    return em.createNamedQuery(Cohort.COUNT_IN_STATE, Long.class)
        .setParameter("state", CohortState.ACTIVE)
        .getSingleResult();
  }
}
