package com.srm.mentoring.pairing.control;

import com.srm.mentoring.pairing.entity.Adjustment;
import com.srm.mentoring.pairing.entity.AdjustmentAsked;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Files an adjustment an escalation contact asked for, on the pairing, for HR. */
@Dependent
public class AdjustmentRequests {

  @PersistenceContext EntityManager em;

  /**
   * Runs in the transaction of the request, so that a refusal here undoes it on the concern too.
   *
   * @throws Refusal when the pairing ended already: there is nothing to adjust
   */
  public void asked(@Observes AdjustmentAsked asked) {
    Pairing pairing = em.find(Pairing.class, asked.pairingId());
    if (pairing == null || !pairing.isOngoing()) {
      throw Refusal.invalid("kind", "refusal.adjustment.pairingEnded");
    }
    em.persist(new Adjustment(asked));
  }
}
