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
 * Releases the batches of ratings that are due, each group in a transaction of its own so that one
 * busy group does not hold back the others. Called by the schedule; it takes no input and shows
 * nothing, hence open to any caller.
 */
@Stateless
@PermitAll
public class RatingReleases {

  @Inject RatingBatches batches;

  @Resource SessionContext context;

  /** One round over every group with held ratings. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void releaseDue() {
    RatingReleases self = context.getBusinessObject(RatingReleases.class);
    for (RatingReleasePlan.Waiting group : batches.waiting()) {
      if (group.isDue()) {
        self.settle(group.cohort(), group.side());
      }
    }
  }

  /** Releases one group under its lock if due; empty when another node is at it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Boolean> settle(UUID cohort, RatingSide side) {
    return batches.settle(cohort, side);
  }
}
