package com.srm.mentoring.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The dashboard's settings (docs/configuration.md). */
@ApplicationScoped
public class AnalyticsSettings {

  @Inject
  @ConfigProperty(name = "mentoring.analytics.quiet-weeks", defaultValue = "3")
  int quietWeeks;

  /** How long an active pairing may go without a held session before it counts as quiet. */
  public Duration quietAfter() {
    return Duration.ofDays(7L * Math.max(1, quietWeeks));
  }

  public int quietWeeks() {
    return Math.max(1, quietWeeks);
  }
}
