package com.srm.mentoring.pulse.boundary;

import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.PairingState;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.pulse.control.PulseAudience;
import com.srm.mentoring.pulse.control.PulseSettings;
import com.srm.mentoring.pulse.entity.Unanswered;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who has not answered the micro-questions (docs/rules.md, micro-questions), for the cohort's
 * facilitators alone, read from the participation table, which holds that someone answered and
 * never what. While HR has paused a pairing its facilitator is not told who has not answered.
 * Everyone else is told the cohort does not exist, and it is logged ({@link PulseAudience}).
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
public class Participations {

  /** The record type of who answered, as the access log names it. */
  public static final String PARTICIPATION = "pulse-participation";

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject ProgramClock clock;

  @Inject PairingAccess access;

  @Inject PulseSettings settings;

  @Inject PulseAudience audience;

  /**
   * For the cohort's facilitators: who attended a held session and has not answered, from the
   * participation table alone; not for a paused pairing, whose people are not being asked.
   */
  @Audited(action = Action.READ, recordType = PARTICIPATION)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Unanswered> unanswered(@RecordId UUID cohortId) {
    Cohort cohort = audience.readable(cohortId, me(), PARTICIPATION, true);
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
    return audience.facilitates(cohortId, me());
  }

  private Person me() {
    return access.caller(context.getCallerPrincipal().getName());
  }
}
