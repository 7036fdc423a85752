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
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.pulse.control.Batches;
import com.srm.mentoring.pulse.control.PulseSettings;
import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.CheckInRequest;
import com.srm.mentoring.pulse.entity.RespondentRole;
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
import java.util.List;
import java.util.UUID;

/**
 * The micro-questions (docs/rules.md, micro-questions). The mentor and the mentee who attended a
 * held session answer them once, within the window after it was marked held. That they answered
 * goes to the participation table without the answer; the answer goes, sealed, to the inbox, from
 * where the release round moves it into the holding table in a transaction of its own ({@link
 * Batches}). While HR has paused a pairing nobody is asked about its sessions, and its facilitator
 * is not told who has not answered.
 *
 * <p>This boundary is the answering; the figures are {@link PulseFigures}, and who has not answered
 * is {@link Participations}.
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

  /** The record type of the micro-questions, as the access log names it. */
  public static final String PULSE = "pulse";

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject ProgramClock clock;

  @Inject PairingAccess access;

  @Inject PulseSettings settings;

  @Inject Batches batches;

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
   * @throws Refusal when they answered already, did not attend, or the questions are closed
   * @throws Refusal naming a missing or out-of-range value
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
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "session", "refusal.pulse.partiesOnly");
    }
    if (pairing.isPaused()) {
      throw Refusal.conflict("session", "refusal.pulse.paused");
    }
    if (session.getState() != SessionState.HELD) {
      throw Refusal.conflict("session", "refusal.pulse.notHeld");
    }
    if (!session.getAttendance().contains(subject)) {
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "session", "refusal.pulse.notAttended");
    }
    Instant closes = session.getClosedAt().plus(settings.window());
    Cohort cohort = em.find(Cohort.class, pairing.getCohortId());
    if (!clock.now().isBefore(closes) || cohort.isClosed()) {
      throw Refusal.conflict(
          "session",
          "refusal.pulse.closed",
          String.valueOf(LocalDate.ofInstant(closes, ZoneOffset.UTC)));
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
      throw Refusal.conflict("session", "refusal.pulse.answered");
    }
    batches.post(cohort.getId(), role, answer);
    if (checkIn) {
      em.persist(new CheckInRequest(subject, cohort.getId(), pairing.getId(), clock.today()));
    }
  }

  private Person me() {
    return access.caller(context.getCallerPrincipal().getName());
  }
}
