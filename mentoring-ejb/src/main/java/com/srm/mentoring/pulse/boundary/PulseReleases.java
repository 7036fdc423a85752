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
 * Mixes newly arrived answers into the holding table, releases the batches that are due and
 * discards those of closed cohorts, then writes the released batches out: each step of each group
 * in a transaction of its own, so that one busy group does not hold back the others, and so that no
 * transaction writes values beside the participation rows it touches (see {@link Batches}). Called
 * by the schedule; it takes no input and shows nothing, hence open to any caller.
 */
@Stateless
@PermitAll
public class PulseReleases {

  @Inject Batches batches;

  @Resource SessionContext context;

  /** One round over every group with arrived or waiting answers. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void releaseDue() {
    PulseReleases self = context.getBusinessObject(PulseReleases.class);
    for (Batches.Group group : batches.unmixed()) {
      self.mix(group.cohort(), group.role());
    }
    for (ReleasePlan.Waiting group : batches.waiting()) {
      if (ReleasePlan.decide(group) != ReleasePlan.Decision.WAIT) {
        self.settle(group.cohort(), group.role());
      }
    }
    for (UUID batch : batches.outbox()) {
      self.publish(batch);
    }
  }

  /**
   * Mixes the group's inbox into its holding rows under its lock; false when another node is at it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean mix(UUID cohort, RespondentRole role) {
    return batches.mix(cohort, role);
  }

  /** Settles one group under its lock; empty when another node is at it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<ReleasePlan.Decision> settle(UUID cohort, RespondentRole role) {
    return batches.settle(cohort, role);
  }

  /** Writes one released batch into the answers; false when it is gone or another node has it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean publish(UUID batch) {
    return batches.publish(batch);
  }
}
