package com.srm.mentoring.platform.health;

import com.srm.mentoring.platform.boundary.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers: without it no page can do its work. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject Database database;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(database.isReachable()).build();
  }
}
