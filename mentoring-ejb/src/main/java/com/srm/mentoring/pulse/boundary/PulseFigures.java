package com.srm.mentoring.pulse.boundary;

import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.pulse.control.FiguresAcrossCohorts;
import com.srm.mentoring.pulse.control.PulseAudience;
import com.srm.mentoring.pulse.control.Suppression;
import com.srm.mentoring.pulse.control.Tallies;
import com.srm.mentoring.pulse.entity.CohortPulse;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.UUID;

/**
 * The micro-questions' figures (docs/rules.md, micro-questions), only ever as aggregates over at
 * least k people. HR sees every cohort's and the figures across cohorts; a facilitator sees the
 * cohorts they facilitate; the people paired in a cohort see its figures. Auditors, and everyone
 * else, are told the cohort does not exist, and it is logged ({@link PulseAudience}).
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
public class PulseFigures {

  @Resource SessionContext context;

  @Inject PairingAccess access;

  @Inject PulseAudience audience;

  @Inject FiguresAcrossCohorts figuresAcrossCohorts;

  @Inject Tallies tallies;

  /** The figures of one cohort, as the caller may see them. */
  @Audited(action = Action.READ, recordType = Pulses.PULSE)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CohortPulse ofCohort(@RecordId UUID cohortId) {
    Cohort cohort = audience.readable(cohortId, me(), Pulses.PULSE, false);
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
  @Audited(action = Action.READ, recordType = Pulses.PULSE)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CohortPulse acrossCohorts() {
    return figuresAcrossCohorts.shown();
  }

  private Person me() {
    return access.caller(context.getCallerPrincipal().getName());
  }
}
