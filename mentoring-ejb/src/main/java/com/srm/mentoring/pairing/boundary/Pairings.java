package com.srm.mentoring.pairing.boundary;

import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.control.PairingFacts;
import com.srm.mentoring.pairing.control.PairingMatcher;
import com.srm.mentoring.pairing.control.PairingReads;
import com.srm.mentoring.pairing.control.PairingRules;
import com.srm.mentoring.pairing.control.RatingBatches;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.EndCause;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.PairingDetail;
import com.srm.mentoring.pairing.entity.Topic;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Pairings: HR forms them under the program's rules and ends them; the mentor, the mentee and their
 * facilitator read them, and so does HR (docs/rules.md, visibility). Anyone else is told a pairing
 * does not exist, and the refusal is logged. The senior states what they will learn; either party
 * may ask for a re-pair, which tells the others only that it was asked for.
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
@CharterSigned
public class Pairings {

  public static final String PAIRING = "pairing";

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject ProgramClock clock;

  @Inject PairingAccess access;

  @Inject PairingFacts facts;

  @Inject PairingRules rules;

  @Inject PairingMatcher matcher;

  @Inject RatingBatches ratings;

  @Inject PairingReads reads;

  /** Candidates per side HR may ask suggestions for at once. */
  public static final int MAX_CANDIDATES = 200;

  /**
   * Forms a pairing in a cohort that is not closed.
   *
   * @throws Refusal naming the rule broken
   * @throws Refusal naming the field of someone the application does not know
   */
  @RolesAllowed(Roles.HR_ADMIN)
  @Audited(action = Action.CREATE, recordType = PAIRING)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public PairingDetail form(
      @RecordId UUID cohortId, String mentor, String mentee, String facilitator) {
    Cohort cohort = cohort(cohortId, Action.CREATE);
    Person junior = person("mentor", mentor);
    Person senior = person("mentee", mentee);
    Person moderator = person("facilitator", facilitator);
    // a refusal by the rules is logged as denied by the audit interceptor, as any rule's is
    rules.check(cohort, junior, senior, moderator);
    Pairing pairing =
        new Pairing(
            cohort.getId(),
            junior.getSubject(),
            senior.getSubject(),
            moderator.getSubject(),
            clock.now());
    em.persist(pairing);
    return changed(pairing, me());
  }

  Cohort cohort(UUID cohortId, Action action) {
    Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
    if (cohort == null) {
      throw access.refuse(action, Cohorts.COHORT, cohortId);
    }
    return cohort;
  }

  private Person person(String field, String username) {
    if (username == null || username.isBlank()) {
      throw Refusal.invalid(field, "refusal.isRequired");
    }
    return facts
        .byUsername(username.strip())
        .orElseThrow(() -> Refusal.invalid(field, "refusal.person.unknown", username));
  }

  /**
   * The assignment of the given juniors to the given seniors that shares the most topics under
   * every rule; HR forms the ones it accepts with {@link #form}.
   *
   * @throws Refusal naming the field of an unknown or doubly listed person
   */
  @RolesAllowed(Roles.HR_ADMIN)
  @Audited(action = Action.READ, recordType = "pairing-suggestion")
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<PairingMatcher.Proposal> suggest(
      @RecordId UUID cohortId, List<String> seniors, List<String> juniors) {
    Cohort cohort = cohort(cohortId, Action.READ);
    List<Person> senior = people("seniors", seniors);
    List<Person> junior = people("juniors", juniors);
    Set<String> both = new HashSet<>();
    senior.forEach(p -> both.add(p.getSubject()));
    for (Person p : junior) {
      if (both.contains(p.getSubject())) {
        throw Refusal.invalid("juniors", "refusal.suggestion.bothSides", p.getUsername());
      }
    }
    return matcher.propose(
        candidates(senior, Topic.Kind.WANTS),
        candidates(junior, Topic.Kind.OFFERS),
        facts.activeIn(cohort.getId()));
  }

  private List<Person> people(String field, List<String> usernames) {
    if (usernames == null || usernames.isEmpty()) {
      throw Refusal.invalid(field, "refusal.atLeastOnePerson");
    }
    if (usernames.size() > MAX_CANDIDATES) {
      throw Refusal.invalid(field, "refusal.atMostPeople", MAX_CANDIDATES);
    }
    return usernames.stream().distinct().map(u -> person(field, u)).toList();
  }

  private List<PairingMatcher.Candidate> candidates(List<Person> people, Topic.Kind kind) {
    Map<String, Set<String>> topics = new HashMap<>();
    em.createNamedQuery(Topic.OF_SUBJECTS, Topic.class)
        .setParameter("subjects", people.stream().map(Person::getSubject).toList())
        .setParameter("kind", kind)
        .getResultStream()
        .forEach(t -> topics.computeIfAbsent(t.getSubject(), s -> new TreeSet<>()).add(t.getTag()));
    return people.stream()
        .map(p -> new PairingMatcher.Candidate(p, topics.getOrDefault(p.getSubject(), Set.of())))
        .toList();
  }

  /** How many pairings are active or paused in the cohort: above a pilot's size HR is warned. */
  @RolesAllowed(Roles.HR_ADMIN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public int countActive(UUID cohortId) {
    return facts.activeIn(cohortId).size();
  }

  /** The pairing, for its three people and HR. */
  @Audited(action = Action.READ, recordType = PAIRING)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public PairingDetail find(@RecordId UUID id) {
    Person me = me();
    return reads.detail(access.readable(id, me, Action.READ, PAIRING, id), me);
  }

  /** The pairings the caller is mentor, mentee or facilitator of, newest first. */
  @Audited(action = Action.READ, recordType = PAIRING)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<PairingDetail> mine() {
    Person me = me();
    return reads.details(
        em.createNamedQuery(Pairing.MINE, Pairing.class)
            .setParameter("me", me.getSubject())
            .setParameter("facilitating", PairingAccess.facilitates(me))
            .getResultList(),
        me);
  }

  /** The pairings of a cohort the caller may read: all of them for HR, their own for others. */
  @Audited(action = Action.READ, recordType = PAIRING)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<PairingDetail> ofCohort(UUID cohortId) {
    Person me = me();
    return reads.details(
        em.createNamedQuery(Pairing.OF_COHORT, Pairing.class)
            .setParameter("cohort", cohortId)
            .setParameter("hr", PairingAccess.isHr(me))
            .setParameter("facilitating", PairingAccess.facilitates(me))
            .setParameter("me", me.getSubject())
            .getResultList(),
        me);
  }

  /**
   * The senior states what they will learn, until the first session is held.
   *
   * @param version the pairing's version the caller's form showed, or null not to check
   * @throws Refusal when someone else changed the pairing since
   */
  @Audited(action = Action.UPDATE, recordType = PAIRING)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public PairingDetail changeObjective(@RecordId UUID id, String text, Long version) {
    Person me = me();
    Pairing pairing = access.readable(id, me, Action.UPDATE, PAIRING, id);
    if (!pairing.getMentee().equals(me.getSubject())) {
      throw refusedChange(id, "only the senior mentee states the objective");
    }
    Refusal.checkVersion(PAIRING, version, pairing.getVersion());
    pairing.changeObjective(text);
    return changed(pairing, me);
  }

  /**
   * A party asks to end the pairing. Nothing records who asked or why: the facilitator and HR see
   * only that a re-pair was requested.
   */
  @Audited(action = Action.UPDATE, recordType = PAIRING)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public PairingDetail requestRepair(@RecordId UUID id) {
    Person me = me();
    Pairing pairing = access.readable(id, me, Action.UPDATE, PAIRING, id);
    if (!pairing.isParty(me.getSubject())) {
      throw refusedChange(id, "only the mentor and the mentee ask for a re-pair");
    }
    pairing.requestRepair(clock.now());
    return changed(pairing, me);
  }

  /** HR ends a pairing, for instance after a re-pair request, and may then form a new one. */
  @RolesAllowed(Roles.HR_ADMIN)
  @Audited(action = Action.UPDATE, recordType = PAIRING)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public PairingDetail end(@RecordId UUID id, Long version) {
    Person me = me();
    Pairing pairing = access.readable(id, me, Action.UPDATE, PAIRING, id);
    Refusal.checkVersion(PAIRING, version, pairing.getVersion());
    pairing.end(EndCause.REPAIR, clock.now());
    return changed(pairing, me);
  }

  /**
   * HR pauses the pairing: no session is planned, nobody is asked the micro-questions and no quiet
   * weeks are counted until HR resumes it. The parties and the facilitator see only that it is
   * paused. A step-3 adjustment of a concern pauses it the same way ({@link Adjustments#carryOut}).
   *
   * @param version the pairing's version HR saw, or null not to check
   * @throws Refusal when it has ended
   */
  @RolesAllowed(Roles.HR_ADMIN)
  @Audited(action = Action.UPDATE, recordType = PAIRING)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public PairingDetail pause(@RecordId UUID id, Long version) {
    Person me = me();
    Pairing pairing = access.readable(id, me, Action.UPDATE, PAIRING, id);
    Refusal.checkVersion(PAIRING, version, pairing.getVersion());
    pairing.pause(clock.now());
    return changed(pairing, me);
  }

  /**
   * HR resumes a paused pairing: sessions are planned again, and quiet weeks count from now.
   *
   * @param version the pairing's version HR saw, or null not to check
   * @throws Refusal naming {@code pairing} when it is not paused
   */
  @RolesAllowed(Roles.HR_ADMIN)
  @Audited(action = Action.UPDATE, recordType = PAIRING)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public PairingDetail resume(@RecordId UUID id, Long version) {
    Person me = me();
    Pairing pairing = access.readable(id, me, Action.UPDATE, PAIRING, id);
    Refusal.checkVersion(PAIRING, version, pairing.getVersion());
    pairing.resume(clock.now());
    return changed(pairing, me);
  }

  /**
   * A party rates how far the senior got, once; the other party never sees it. The rating is held
   * for its batch (docs/rules.md, sessions) in the same transaction: it reaches the figures only
   * with those of at least k other people of its cohort and side.
   *
   * @throws Refusal when the caller has rated already
   */
  @Audited(action = Action.UPDATE, recordType = PAIRING)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public PairingDetail rate(@RecordId UUID id, int rating) {
    Person me = me();
    Pairing pairing = access.readable(id, me, Action.UPDATE, PAIRING, id);
    if (!pairing.isParty(me.getSubject())) {
      throw refusedChange(id, "only the mentor and the mentee rate the objective");
    }
    pairing.rate(me.getSubject(), rating);
    ratings.hold(pairing, pairing.sideOf(me.getSubject()), rating);
    return changed(pairing, me);
  }

  /** The changed pairing as the caller sees it, with the version the change gave it. */
  private PairingDetail changed(Pairing pairing, Person me) {
    em.flush();
    return reads.detail(pairing, me);
  }

  private EJBAccessException refusedChange(UUID id, String why) {
    access.refuse(Action.UPDATE, PAIRING, id);
    return new EJBAccessException(why);
  }

  private Person me() {
    return access.caller(session.getCallerPrincipal().getName());
  }
}
