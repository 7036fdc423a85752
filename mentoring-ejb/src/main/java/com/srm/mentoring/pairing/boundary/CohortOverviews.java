package com.srm.mentoring.pairing.boundary;

import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.entity.CohortDetail;
import com.srm.mentoring.pairing.entity.CohortOverview;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.UUID;

/**
 * A cohort's page in one call. It reads through the boundaries that own each part, so that every
 * part is checked and logged exactly as when it is read on its own (docs/rules.md, visibility and
 * access log); a caller who may not read the cohort is told it does not exist.
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
public class CohortOverviews {

  @Inject Cohorts cohorts;

  @Inject Pairings pairings;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public CohortOverview of(UUID cohortId) {
    CohortDetail cohort = cohorts.find(cohortId);
    return new CohortOverview(
        cohort,
        pairings.ofCohort(cohortId),
        cohort.hr() ? cohorts.contactsInPairings(cohortId) : List.of());
  }
}
