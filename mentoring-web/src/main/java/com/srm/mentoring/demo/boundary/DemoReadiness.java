package com.srm.mentoring.demo.boundary;

import com.srm.mentoring.demo.control.DemoProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the demo program is being seeded: the clock is in the past then, and whoever
 * signs in would see half a history. A failed seeding does not hold the application back forever:
 * it is ready, and says why there is no demo program.
 */
@Readiness
@ApplicationScoped
public class DemoReadiness implements HealthCheck {

  @Inject DemoProgress progress;

  @Override
  public HealthCheckResponse call() {
    DemoProgress.Stage stage = progress.stage();
    return HealthCheckResponse.named("demo-program")
        .status(stage != DemoProgress.Stage.SEEDING)
        .withData("stage", stage.name().toLowerCase(java.util.Locale.ROOT))
        .withData("outcome", progress.outcome())
        .build();
  }
}
