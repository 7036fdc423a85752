package com.srm.mentoring.earlywarning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The early warnings' settings (docs/configuration.md). */
@ApplicationScoped
public class WarningSettings {

  @Inject
  @ConfigProperty(name = "mentoring.warnings.quiet-weeks", defaultValue = "3")
  int quietWeeks;

  @Inject
  @ConfigProperty(name = "mentoring.warnings.unanswered-after-days", defaultValue = "3")
  int unansweredAfterDays;

  @Inject
  @ConfigProperty(name = "mentoring.warnings.sweep-every-seconds", defaultValue = "60")
  int sweepEverySeconds;

  /** How long a pairing may go without a held session before it is a warning; at least a week. */
  public Duration quiet() {
    return Duration.ofDays(7L * Math.max(1, quietWeeks));
  }

  /**
   * How long after a session was marked held its questions may stay unanswered before it is a
   * warning: people are given a few days before anyone is alerted.
   */
  public Duration unansweredAfter() {
    return Duration.ofDays(Math.max(0, unansweredAfterDays));
  }

  /** How often each node looks for new warnings to notify. */
  public Duration sweepEvery() {
    return Duration.ofSeconds(Math.max(1, sweepEverySeconds));
  }
}
