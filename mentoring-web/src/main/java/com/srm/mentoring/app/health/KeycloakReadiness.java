package com.srm.mentoring.app.health;

import com.srm.mentoring.identity.control.KeycloakStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Keycloak answers: without it nobody can sign in. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

  @Inject KeycloakStatus keycloak;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("keycloak").status(keycloak.isUp()).build();
  }
}
