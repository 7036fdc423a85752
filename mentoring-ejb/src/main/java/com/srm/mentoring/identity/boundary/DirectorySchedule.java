package com.srm.mentoring.identity.boundary;

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
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Syncs the directory on a schedule, every {@code mentoring.identity.sync-interval-minutes} (0
 * turns it off), so that people disabled in the directory lose access without anyone asking.
 */
@Singleton
@Startup
public class DirectorySchedule {

  /** The round's name, in the metrics, the health data and for the dev run's trigger. */
  public static final String ROUND = "directory-sync";

  @Inject
  @ConfigProperty(name = "mentoring.identity.sync-interval-minutes", defaultValue = "60")
  long intervalMinutes;

  @Inject ScheduledSync sync;

  @Inject ScheduledRounds rounds;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    if (intervalMinutes > 0) {
      long interval = Duration.ofMinutes(intervalMinutes).toMillis();
      timers.createIntervalTimer(interval, interval, new TimerConfig("directory sync", false));
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void syncNow() {
    rounds.run(ROUND, sync::run);
  }
}
