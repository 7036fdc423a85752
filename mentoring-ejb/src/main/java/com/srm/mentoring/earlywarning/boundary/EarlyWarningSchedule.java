package com.srm.mentoring.earlywarning.boundary;

import com.srm.mentoring.earlywarning.control.WarningSettings;
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
 * Every {@code mentoring.warnings.sweep-every-seconds}, on every node, notifies facilitators of new
 * early warnings. The timer is not persistent (a persistent one stops for good when its node leaves
 * a cluster); {@link WarningSweeps} makes each warning notified once.
 */
@Singleton
@Startup
public class EarlyWarningSchedule {

  private static final Logger LOG = Logger.getLogger(EarlyWarningSchedule.class.getName());

  @Inject WarningSettings settings;

  @Inject WarningSweeps sweeps;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    long every = settings.sweepEvery().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("early warning sweep", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    try {
      sweeps.notifyNew();
    } catch (RuntimeException e) {
      // the next round tries again; a database outage must not cancel the timer
      LOG.log(Level.WARNING, "Early warning sweep failed: {0}", e.toString());
    }
  }
}
