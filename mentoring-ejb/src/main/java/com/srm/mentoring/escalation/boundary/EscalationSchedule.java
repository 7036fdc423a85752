package com.srm.mentoring.escalation.boundary;

import com.srm.mentoring.escalation.control.EscalationSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code mentoring.escalation.sweep-every-seconds}, on every node, hands on overdue concerns
 * and steps whose owner can no longer read them, opens check-in requests and erases expired
 * content. The timer is not persistent (a persistent one stops for good when its node leaves a
 * cluster); the row locks of {@link Escalations} make each piece of work happen once.
 */
@Singleton
@Startup
public class EscalationSchedule {

  private static final Logger LOG = Logger.getLogger(EscalationSchedule.class.getName());

  @Inject EscalationSettings settings;

  @Inject Escalations escalations;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    long every = settings.sweepEvery().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("concern sweep", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    try {
      escalations.openCheckIns();
      escalations.rehomeOrphaned();
      escalations.escalateDue();
      escalations.eraseExpired();
    } catch (RuntimeException e) {
      // the next round tries again; a database outage must not cancel the timer
      LOG.log(Level.WARNING, "Concern sweep failed: {0}", e.toString());
    }
  }
}
