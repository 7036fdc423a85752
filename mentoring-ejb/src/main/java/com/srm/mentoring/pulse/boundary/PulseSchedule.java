package com.srm.mentoring.pulse.boundary;

import com.srm.mentoring.platform.control.ScheduledRounds;
import com.srm.mentoring.pulse.control.PulseSettings;
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
 * Mixes newly arrived answers into the holding table and looks for batches to release every {@code
 * mentoring.pulse.release-every-seconds}, on every node: the timer is not persistent, and the
 * database lock of each group lets one node mix or settle it.
 */
@Singleton
@Startup
public class PulseSchedule {

  /** The round's name, in the metrics, the health data and for the dev run's trigger. */
  public static final String ROUND = "pulse-release";

  @Inject PulseSettings settings;

  @Inject PulseReleases releases;

  @Inject ScheduledRounds rounds;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    long every = settings.releaseEvery().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("pulse release", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void releaseDue() {
    rounds.run(ROUND, releases::releaseDue);
  }
}
