package com.srm.mentoring.pulse.boundary;

import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.CohortState;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.PairingState;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.pulse.control.AnswerRefused;
import com.srm.mentoring.pulse.control.AnswerRefused.Reason;
import com.srm.mentoring.pulse.control.Batches;
import com.srm.mentoring.pulse.control.FiguresAcrossCohorts;
import com.srm.mentoring.pulse.control.PulseSettings;
import com.srm.mentoring.pulse.control.Suppression;
import com.srm.mentoring.pulse.control.Tallies;
import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.CheckInRequest;
import com.srm.mentoring.pulse.entity.CohortPulse;
import com.srm.mentoring.pulse.entity.RespondentRole;
import com.srm.mentoring.pulse.entity.Unanswered;
import com.srm.mentoring.pulse.entity.WaitingQuestions;
import com.srm.mentoring.session.entity.Session;
import com.srm.mentoring.session.entity.SessionState;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The micro-questions (docs/rules.md, micro-questions). The mentor and the mentee who attended a
 * held session answer them once, within the window after it was marked held. That they answered
 * goes to the participation table without the answer; the answer goes, sealed, to the inbox, from
 * where the release round moves it into the holding table in a transaction of its own ({@link
 * Batches}). While HR has paused a pairing nobody is asked about its sessions, and its facilitator
 * is not told who has not answered.
 *
 * <p>Figures: HR sees every cohort's and the figures across cohorts; a facilitator sees the cohorts
 * they facilitate, and there also who has not answered; the people paired in a cohort see its
 * figures. Auditors, and everyone else, are told the cohort does not exist, and it is logged.
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
public class Pulses {

  public static final String PULSE = "pulse";
  public static final String PARTICIPATION = "pulse-participation";

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject ProgramClock clock;

  @Inject PairingAccess access;

  @Inject PulseSettings settings;

  @Inject Batches batches;

  @Inject FiguresAcrossCohorts figuresAcrossCohorts;

  @Inject Tallies tallies;

  /**
   * The held sessions whose questions the caller may still answer, oldest first; none of a paused
   * pairing.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<WaitingQuestions> waiting() {
    String me = me().getSubject();
    Instant now = clock.now();
    List<Object[]> rows =
        em.createQuery(
                "SELECT s, p FROM Session s, Pairing p, Cohort c WHERE p.id = s.pairingId"
                    + " AND c.id = p.cohortId AND c.state <> :closed AND s.state = :held"
                    + " AND p.state <> :paused"
                    + " AND s.closedAt > :since AND (p.mentor = :me OR p.mentee = :me)"
                    + " AND :me MEMBER OF s.attendance AND NOT EXISTS (SELECT x FROM"
                    + " Participation x WHERE x.subject = :me AND x.sessionId = s.id)"
                    + " ORDER BY s.closedAt",
                Object[].class)
            .setParameter("closed", CohortState.CLOSED)
            .setParameter("held", SessionState.HELD)
            .setParameter("paused", PairingState.PAUSED)
            .setParameter("since", now.minus(settings.window()))
            .setParameter("me", me)
            .getResultList();
    List<WaitingQuestions> waiting = new ArrayList<>();
    for (Object[] row : rows) {
      Session session = (Session) row[0];
      waiting.add(
          new WaitingQuestions(
              session.getId(),
              ((Pairing) row[1]).getId(),
              session.getStartsAt(),
              session.getPlace(),
              session.getClosedAt().plus(settings.window())));
    }
    return waiting;
  }

  /**
   * Takes the caller's answer for a session they attended. Not audited on purpose: an access log
   * entry would tie the person and the session to the moment of answering. The transaction writes
   * the participation row, the sealed answer and perhaps a check-in request in the person's name:
   * no value in the clear.
   *
   * @throws AnswerRefused when they answered already, did not attend, or the questions are closed
   * @throws IllegalArgumentException naming a missing or out-of-range value
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void answer(UUID sessionId, Answer answer, boolean checkIn) {
    Person me = me();
    Session session = sessionId == null ? null : em.find(Session.class, sessionId);
    if (session == null) {
      throw access.refuse(Action.CREATE, PULSE, sessionId);
    }
    Pairing pairing = access.readable(session.getPairingId(), me, Action.CREATE, PULSE, sessionId);
    String subject = me.getSubject();
    if (!pairing.isParty(subject)) {
      throw new AnswerRefused(
          Reason.NOT_ATTENDED, "session: the questions are for the mentor and the mentee");
    }
    if (pairing.isPaused()) {
      throw new AnswerRefused(
          Reason.CLOSED, "session: no questions are asked while the pairing is paused");
    }
    if (session.getState() != SessionState.HELD) {
      throw new AnswerRefused(
          Reason.NOT_HELD, "session: the questions open once the session is marked held");
    }
    if (!session.getAttendance().contains(subject)) {
      throw new AnswerRefused(
          Reason.NOT_ATTENDED, "session: you are not recorded as having attended this session");
    }
    Instant closes = session.getClosedAt().plus(settings.window());
    Cohort cohort = em.find(Cohort.class, pairing.getCohortId());
    if (!clock.now().isBefore(closes) || cohort.isClosed()) {
      throw new AnswerRefused(
          Reason.CLOSED,
          "session: the questions for this session closed on "
              + LocalDate.ofInstant(closes, ZoneOffset.UTC));
    }
    RespondentRole role =
        pairing.getMentor().equals(subject) ? RespondentRole.MENTOR : RespondentRole.MENTEE;
    batches.lockShared(cohort.getId(), role);
    int recorded =
        em.createNativeQuery(
                "INSERT INTO pulse_participation (person_subject, session_id, cohort_id,"
                    + " respondent_role, pending) VALUES (?1, CAST(?2 AS uuid), CAST(?3 AS uuid),"
                    + " ?4, true) ON CONFLICT DO NOTHING")
            .setParameter(1, subject)
            .setParameter(2, session.getId().toString())
            .setParameter(3, cohort.getId().toString())
            .setParameter(4, role.name())
            .executeUpdate();
    if (recorded == 0) {
      throw new AnswerRefused(
          Reason.ALREADY_ANSWERED, "session: you have already answered for this session");
    }
    batches.post(cohort.getId(), role, answer);
    if (checkIn) {
      em.persist(new CheckInRequest(subject, cohort.getId(), pairing.getId(), clock.today()));
    }
  }

  /** The figures of one cohort, as the caller may see them. */
  @Audited(action = Action.READ, recordType = PULSE)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CohortPulse ofCohort(@RecordId UUID cohortId) {
    Cohort cohort = readable(cohortId, me(), PULSE, false);
    int k = cohort.getAnonymityThreshold();
    return new CohortPulse(
        cohort.getId(),
        cohort.getName(),
        k,
        Suppression.apply(tallies.ofCohort(cohort.getId()), key -> k));
  }

  /**
   * The figures across all cohorts, for HR. A cell across cohorts takes the largest k of them, and
   * is checked against every cohort's cells, as shown on the cohorts' own pages.
   */
  @RolesAllowed(Roles.HR_ADMIN)
  @Audited(action = Action.READ, recordType = PULSE)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CohortPulse acrossCohorts() {
    return figuresAcrossCohorts.shown();
  }

  /**
   * For the cohort's facilitators: who attended a held session and has not answered, from the
   * participation table alone; not for a paused pairing, whose people are not being asked.
   */
  @Audited(action = Action.READ, recordType = PARTICIPATION)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Unanswered> unanswered(@RecordId UUID cohortId) {
    Cohort cohort = readable(cohortId, me(), PARTICIPATION, true);
    Set<String> answered = new HashSet<>();
    em.createQuery(
            "SELECT x.subject, x.sessionId FROM Participation x WHERE x.cohortId = :cohort",
            Object[].class)
        .setParameter("cohort", cohort.getId())
        .getResultList()
        .forEach(row -> answered.add(row[0] + "/" + row[1]));
    List<Object[]> held =
        em.createQuery(
                "SELECT s, p FROM Session s, Pairing p WHERE p.id = s.pairingId"
                    + " AND p.cohortId = :cohort AND s.state = :held AND p.state <> :paused"
                    + " ORDER BY s.startsAt",
                Object[].class)
            .setParameter("cohort", cohort.getId())
            .setParameter("held", SessionState.HELD)
            .setParameter("paused", PairingState.PAUSED)
            .getResultList();
    Instant now = clock.now();
    List<Unanswered> missing = new ArrayList<>();
    for (Object[] row : held) {
      Session session = (Session) row[0];
      Pairing pairing = (Pairing) row[1];
      boolean open = now.isBefore(session.getClosedAt().plus(settings.window()));
      for (String party : List.of(pairing.getMentor(), pairing.getMentee())) {
        if (session.getAttendance().contains(party)
            && !answered.contains(party + "/" + session.getId())) {
          Person person = em.find(Person.class, party);
          missing.add(
              new Unanswered(
                  session.getId(),
                  session.getStartsAt(),
                  person.getUsername(),
                  person.getDisplayName(),
                  open));
        }
      }
    }
    return missing;
  }

  /** Whether the caller facilitates the cohort, and so may follow who has not answered. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean facilitates(UUID cohortId) {
    Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
    return cohort != null && cohort.isFacilitatedBy(me());
  }

  /**
   * The cohort, if the caller may see its figures (or, with {@code facilitatorsOnly}, its
   * participation); otherwise "not found", logged.
   */
  private Cohort readable(UUID id, Person me, String recordType, boolean facilitatorsOnly) {
    Cohort cohort = id == null ? null : em.find(Cohort.class, id);
    if (cohort == null || !maySee(cohort, me, facilitatorsOnly)) {
      throw access.refuse(Action.READ, recordType, id);
    }
    return cohort;
  }

  private boolean maySee(Cohort cohort, Person me, boolean facilitatorsOnly) {
    String subject = me.getSubject();
    if (cohort.isFacilitatedBy(me)) {
      return true;
    }
    if (facilitatorsOnly || me.holdsAnyOf(List.of(Roles.AUDITOR))) {
      return false;
    }
    return PairingAccess.isHr(me)
        || !em.createQuery(
                "SELECT p.id FROM Pairing p WHERE p.cohortId = :cohort"
                    + " AND (p.mentor = :me OR p.mentee = :me)",
                UUID.class)
            .setParameter("cohort", cohort.getId())
            .setParameter("me", subject)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  private Person me() {
    return access.caller(context.getCallerPrincipal().getName());
  }
}
