package com.srm.mentoring.audit.boundary;

import com.srm.mentoring.audit.control.AccessLogSettings;
import com.srm.mentoring.audit.entity.SealPolicy;
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
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Seals the access log's head when entries came in since the last seal, looking twice within {@code
 * mentoring.audit.seal.every-seconds}, so that no entry stays unsealed longer than that. Appends
 * seal as they go too; this covers a log that went quiet right after a few entries, which could
 * otherwise be cut off unnoticed for as long as it stays quiet. Every server runs it; the writer's
 * lock lets one seal at a time, and a look finding the last seal younger than half the window seals
 * nothing (see {@link SealPolicy#isScheduledSealDue}), so that more servers do not make more seals.
 */
@Singleton
@Startup
public class AccessLogSchedule {

  /** The round's name, in the metrics, the health data and for the dev run's trigger. */
  public static final String ROUND = "access-log-seal";

  @Inject AccessLogSettings settings;

  @Inject ScheduledRounds rounds;

  @Resource TimerService timers;

  /** Metric: the access log's seals stored, of all nodes. */
  public static final String SEALS = "srm_access_log_seals";

  @Inject MetricRegistry metrics;

  @Inject AccessLogSeals seals;

  @PostConstruct
  void schedule() {
    metrics.gauge(SEALS, seals, AccessLogSchedule::countOf);
    long interval = settings.policy().scheduleInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("access log seal", false));
  }

  /** The count for the metric; -1 while the database cannot say, rather than no answer. */
  private static long countOf(AccessLogSeals seals) {
    try {
      return seals.count();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sealHead() {
    rounds.run(ROUND, seals::sealHeadWhenDue);
  }
}
