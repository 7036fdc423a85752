package com.srm.mentoring.earlywarning.boundary;

import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.earlywarning.control.StandingWarnings;
import com.srm.mentoring.earlywarning.entity.CohortWarnings;
import com.srm.mentoring.earlywarning.entity.Warning;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Early warnings (docs/rules.md, early warnings). A facilitator reads the warnings of the pairings
 * they facilitate, and nobody else's; for anyone else the list is empty. HR reads only how many
 * warnings stand per cohort, never which pairing; for anyone else those counts do not exist (not
 * found, logged). Reading warnings or counts needs the charter signed; the number of unseen
 * notices, which names nothing, does not, so that the home page of someone who has not signed yet
 * stays open to them.
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
public class EarlyWarnings {

  public static final String EARLY_WARNING = "early-warning";
  public static final String COUNTS = "early-warning-counts";

  @Resource SessionContext context;

  @Inject ProgramClock clock;

  @Inject PairingAccess access;

  @Inject StandingWarnings standing;

  /** The warnings of the pairings the caller facilitates, standing now. */
  @CharterSigned
  @Audited(action = Action.READ, recordType = EARLY_WARNING)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Warning> mine() {
    return facilitator().map(me -> standing.ofFacilitator(me, clock.now())).orElse(List.of());
  }

  /** The warnings the caller was notified of and has not looked at since, newest first. */
  @CharterSigned
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Warning> unseen() {
    return facilitator().map(standing::unseen).orElse(List.of());
  }

  /** How many warnings the caller was notified of and has not looked at, for the home page. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long unseenCount() {
    return facilitator().map(standing::unseenCount).orElse(0L);
  }

  /** The caller looked at their warnings: their notices are done with. */
  @CharterSigned
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int markSeen() {
    return standing.markSeen(me());
  }

  /** HR: how many warnings stand in each cohort. */
  @RolesAllowed(Roles.HR_ADMIN)
  @CharterSigned
  @Audited(action = Action.READ, recordType = COUNTS)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<CohortWarnings> countsByCohort() {
    return standing.perCohort(clock.now());
  }

  /**
   * HR: how many warnings stand in one cohort.
   *
   * @throws com.srm.mentoring.platform.entity.Refusal when the cohort does not exist
   */
  @RolesAllowed(Roles.HR_ADMIN)
  @CharterSigned
  @Audited(action = Action.READ, recordType = COUNTS)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CohortWarnings countsOf(@RecordId UUID cohortId) {
    if (cohortId == null) {
      throw access.refuse(Action.READ, COUNTS, null);
    }
    return standing.ofCohort(cohortId, clock.now()).stream()
        .findFirst()
        .orElseThrow(() -> access.refuse(Action.READ, COUNTS, cohortId));
  }

  private String me() {
    return access.caller(context.getCallerPrincipal().getName()).getSubject();
  }

  /**
   * The caller's subject while they hold the facilitator role: once it is taken away, the warnings
   * of the pairings still naming them reach them no more.
   */
  private Optional<String> facilitator() {
    Person caller = access.caller(context.getCallerPrincipal().getName());
    return PairingAccess.facilitates(caller) ? Optional.of(caller.getSubject()) : Optional.empty();
  }
}
