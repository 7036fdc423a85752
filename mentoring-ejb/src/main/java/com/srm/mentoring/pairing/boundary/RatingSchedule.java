package com.srm.mentoring.pairing.boundary;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mixes newly given ratings into the holding table and looks for batches of ratings to release
 * every {@code mentoring.pairing.rating-release-every-seconds}, on every node: the timer is not
 * persistent, and the database lock of each group lets one node mix or release it.
 */
@Singleton
@Startup
public class RatingSchedule {

  /** The round's name, in the metrics, the health data and for the dev run's trigger. */
  public static final String ROUND = "rating-release";

  @Inject
  @ConfigProperty(name = "mentoring.pairing.rating-release-every-seconds", defaultValue = "60")
  int releaseEverySeconds;

  @Inject RatingReleases releases;

  @Inject ScheduledRounds rounds;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    long every = Math.max(1, releaseEverySeconds) * 1000L;
    timers.createIntervalTimer(every, every, new TimerConfig("rating release", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void releaseDue() {
    rounds.run(ROUND, releases::releaseDue);
  }
}
