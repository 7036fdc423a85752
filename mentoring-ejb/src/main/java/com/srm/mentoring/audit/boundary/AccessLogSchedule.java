package com.srm.mentoring.audit.boundary;

import com.srm.mentoring.audit.control.AccessLogSettings;
import com.srm.mentoring.audit.entity.SealPolicy;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

  @Inject AccessLogSettings settings;

  @PersistenceContext EntityManager em;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    long interval = settings.policy().scheduleInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("access log seal", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void sealHead() {
    settings.writer().sealHeadWhenDue(em);
  }
}
