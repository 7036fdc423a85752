package com.srm.mentoring.escalation.control;

import static com.srm.mentoring.escalation.control.ConcernAccess.CONCERN;

import com.srm.mentoring.escalation.entity.Concern;
import com.srm.mentoring.pairing.entity.AdjustmentCarriedOut;
import com.srm.mentoring.platform.control.RecordChanged;
import com.srm.mentoring.platform.entity.Action;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Resolves a concern once HR carried out the program adjustment its step-3 contact asked for, in
 * HR's transaction. HR never reads the concern: this moves it on without showing it to anyone.
 */
@Dependent
public class AdjustmentOutcomes {

  @PersistenceContext EntityManager em;

  @Inject ConcernAccess access;

  @Inject EscalationSettings settings;

  @Inject Event<RecordChanged> changes;

  public void carriedOut(@Observes AdjustmentCarriedOut done) {
    Concern concern = em.find(Concern.class, done.concernId());
    if (concern == null) {
      return;
    }
    concern.adjusted(
        done.kind().name(),
        access.contactsOf(concern.getCohortId()),
        settings.deadlines(),
        done.at());
    changes.fire(new RecordChanged(Action.UPDATE, CONCERN, concern.getId().toString()));
  }
}
