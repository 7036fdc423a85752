package com.srm.mentoring.pulse.boundary;

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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mixes newly arrived answers into the holding table and looks for batches to release every {@code
 * mentoring.pulse.release-every-seconds}, on every node: the timer is not persistent, and the
 * database lock of each group lets one node mix or settle it.
 */
@Singleton
@Startup
public class PulseSchedule {

  private static final Logger LOG = Logger.getLogger(PulseSchedule.class.getName());

  @Inject PulseSettings settings;

  @Inject PulseReleases releases;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    long every = settings.releaseEvery().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("pulse release", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void releaseDue() {
    try {
      releases.releaseDue();
    } catch (RuntimeException e) {
      // the next round tries again; a database outage must not cancel the timer
      LOG.log(Level.WARNING, "Pulse release round failed: {0}", e.toString());
    }
  }
}
