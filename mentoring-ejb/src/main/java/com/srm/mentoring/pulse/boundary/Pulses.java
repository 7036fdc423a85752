package com.srm.mentoring.pulse.boundary;

import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.pulse.control.Batches;
import com.srm.mentoring.pulse.control.Eligibility;
import com.srm.mentoring.pulse.control.Eligibility.Condition;
import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.CheckInRequest;
import com.srm.mentoring.pulse.entity.RespondentRole;
import com.srm.mentoring.pulse.entity.WaitingQuestions;
import com.srm.mentoring.session.entity.Session;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The micro-questions (docs/rules.md, micro-questions). The mentor and the mentee who attended a
 * held session answer them once, within the window after it was marked held; who may is one rule,
 * {@link Eligibility}, which both lists the waiting questions and refuses an answer. That they
 * answered goes to the participation table without the answer; the answer goes, sealed, to the
 * inbox, from where the release round moves it into the holding table in a transaction of its own
 * ({@link Batches}). While HR has paused a pairing nobody is asked about its sessions, and its
 * facilitator is not told who has not answered.
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

  @Inject Batches batches;

  @Inject Eligibility eligibility;

  /**
   * The held sessions whose questions the caller may still answer, oldest first; none of a paused
   * pairing.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<WaitingQuestions> waiting() {
    List<WaitingQuestions> waiting = new ArrayList<>();
    for (Eligibility.Waiting row : eligibility.waiting(me().getSubject())) {
      Session session = row.session();
      waiting.add(
          new WaitingQuestions(
              session.getId(),
              row.pairing().getId(),
              session.getStartsAt(),
              session.getPlace(),
              eligibility.closes(session)));
    }
    return waiting;
  }

  /**
   * Takes the caller's answer for a session they attended. Not audited on purpose: an access log
   * entry would tie the person and the session to the moment of answering. The transaction writes
   * the participation row, the sealed answer and perhaps a check-in request in the person's name:
   * no value in the clear.
   *
   * @throws com.srm.mentoring.platform.entity.Refusal naming the first condition of {@link
   *     Eligibility} they fail: they did not attend, the questions are not open or closed, or they
   *     answered already
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
    eligibility.require(session, subject);
    UUID cohort = pairing.getCohortId();
    RespondentRole role =
        pairing.getMentor().equals(subject) ? RespondentRole.MENTOR : RespondentRole.MENTEE;
    batches.lockShared(cohort, role);
    int recorded =
        em.createNativeQuery(
                "INSERT INTO pulse_participation (person_subject, session_id, cohort_id,"
                    + " respondent_role, pending) VALUES (?1, CAST(?2 AS uuid), CAST(?3 AS uuid),"
                    + " ?4, true) ON CONFLICT DO NOTHING")
            .setParameter(1, subject)
            .setParameter(2, session.getId().toString())
            .setParameter(3, cohort.toString())
            .setParameter(4, role.name())
            .executeUpdate();
    if (recorded == 0) {
      throw eligibility.refusal(Condition.NOT_ANSWERED, session);
    }
    batches.post(cohort, role, answer);
    if (checkIn) {
      em.persist(new CheckInRequest(subject, cohort, pairing.getId(), clock.today()));
    }
  }

  private Person me() {
    return access.caller(context.getCallerPrincipal().getName());
  }
}
