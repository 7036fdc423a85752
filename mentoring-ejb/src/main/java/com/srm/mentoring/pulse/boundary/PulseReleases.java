package com.srm.mentoring.pulse.boundary;

import com.srm.mentoring.pulse.control.Batches;
import com.srm.mentoring.pulse.control.ReleasePlan;
import com.srm.mentoring.pulse.entity.RespondentRole;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Releases the batches that are due and discards those of closed cohorts, each group in a
 * transaction of its own so that one busy group does not hold back the others. Called by the
 * schedule; it takes no input and shows nothing, hence open to any caller.
 */
@Stateless
@PermitAll
public class PulseReleases {

  @Inject Batches batches;

  @Resource SessionContext context;

  /** One round over every group with waiting answers. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void releaseDue() {
    PulseReleases self = context.getBusinessObject(PulseReleases.class);
    for (ReleasePlan.Waiting group : batches.waiting()) {
      if (ReleasePlan.decide(group) != ReleasePlan.Decision.WAIT) {
        self.settle(group.cohort(), group.role());
      }
    }
  }

  /** Settles one group under its lock; empty when another node is at it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<ReleasePlan.Decision> settle(UUID cohort, RespondentRole role) {
    return batches.settle(cohort, role);
  }
}
