package com.srm.mentoring.pulse.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The micro-questions' settings (docs/configuration.md). */
@ApplicationScoped
public class PulseSettings {

  @Inject
  @ConfigProperty(name = "mentoring.pulse.window-days", defaultValue = "7")
  int windowDays;

  @Inject
  @ConfigProperty(name = "mentoring.pulse.release-every-seconds", defaultValue = "60")
  int releaseEverySeconds;

  /** How long after a session is marked held its parties may answer. */
  public Duration window() {
    return Duration.ofDays(Math.max(1, windowDays));
  }

  /** How often each node mixes arrived answers into the holding table and looks for batches. */
  public Duration releaseEvery() {
    return Duration.ofSeconds(Math.max(1, releaseEverySeconds));
  }
}
