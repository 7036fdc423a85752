package com.srm.mentoring.pairing.boundary;

import com.srm.mentoring.pairing.control.RatingBatches;
import com.srm.mentoring.pairing.control.RatingReleasePlan;
import com.srm.mentoring.pairing.entity.RatingSide;
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
 * Mixes newly given ratings into the holding table, releases the batches that are due, then writes
 * the released batches out: each step of each group in a transaction of its own, so that one busy
 * group does not hold back the others, and so that no transaction writes ratings beside the pending
 * marks it touches (see {@link RatingBatches}). Called by the schedule; it takes no input and shows
 * nothing, hence open to any caller.
 */
@Stateless
@PermitAll
public class RatingReleases {

  @Inject RatingBatches batches;

  @Resource SessionContext context;

  /** One round over every group with given or held ratings. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void releaseDue() {
    RatingReleases self = context.getBusinessObject(RatingReleases.class);
    for (RatingBatches.Group group : batches.unmixed()) {
      self.mix(group.cohort(), group.side());
    }
    for (RatingReleasePlan.Waiting group : batches.waiting()) {
      if (group.isDue()) {
        self.settle(group.cohort(), group.side());
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
  public boolean mix(UUID cohort, RatingSide side) {
    return batches.mix(cohort, side);
  }

  /** Settles one group under its lock if due; empty when another node is at it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Boolean> settle(UUID cohort, RatingSide side) {
    return batches.settle(cohort, side);
  }

  /**
   * Writes one released batch into the released ratings; false when it is gone or being written.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean publish(UUID batch) {
    return batches.publish(batch);
  }
}
