package com.srm.mentoring.escalation.boundary;

import com.srm.mentoring.escalation.control.EscalationSettings;
import com.srm.mentoring.platform.control.ScheduledRounds;
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

/**
 * Every {@code mentoring.escalation.sweep-every-seconds}, on every node, hands on overdue concerns
 * and steps whose owner can no longer read them, opens check-in requests and erases expired
 * content. The timer is not persistent (a persistent one stops for good when its node leaves a
 * cluster); the row locks of {@link Escalations} make each piece of work happen once.
 */
@Singleton
@Startup
public class EscalationSchedule {

  /** The round's name, in the metrics, the health data and for the dev run's trigger. */
  public static final String ROUND = "escalation-sweep";

  @Inject EscalationSettings settings;

  @Inject Escalations escalations;

  @Inject ScheduledRounds rounds;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    long every = settings.sweepEvery().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("concern sweep", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    rounds.run(
        ROUND,
        () -> {
          escalations.openCheckIns();
          escalations.rehomeOrphaned();
          escalations.escalateDue();
          escalations.eraseExpired();
        });
  }
}
