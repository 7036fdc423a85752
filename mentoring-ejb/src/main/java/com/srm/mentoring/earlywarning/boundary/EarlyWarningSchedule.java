package com.srm.mentoring.earlywarning.boundary;

import com.srm.mentoring.earlywarning.control.WarningSettings;
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
 * Every {@code mentoring.warnings.sweep-every-seconds}, on every node, notifies facilitators of new
 * early warnings. The timer is not persistent (a persistent one stops for good when its node leaves
 * a cluster); {@link WarningSweeps} makes each warning notified once.
 */
@Singleton
@Startup
public class EarlyWarningSchedule {

  /** The round's name, in the metrics, the health data and for the dev run's trigger. */
  public static final String ROUND = "warning-sweep";

  @Inject WarningSettings settings;

  @Inject WarningSweeps sweeps;

  @Inject ScheduledRounds rounds;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    long every = settings.sweepEvery().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("early warning sweep", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    rounds.run(ROUND, sweeps::notifyNew);
  }
}
