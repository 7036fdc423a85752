package com.srm.mentoring.app.health;

import com.srm.mentoring.identity.control.KeycloakStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether Keycloak answers, reported in the readiness data but never as DOWN: without Keycloak
 * nobody new can sign in, but everyone already signed in (a page session, a bearer token checked
 * against the cached signing keys) keeps working, so taking the node out of the load balancer would
 * only make things worse.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

  @Inject KeycloakStatus keycloak;

  @Override
  public HealthCheckResponse call() {
    boolean reachable = keycloak.isUp();
    return HealthCheckResponse.named("keycloak")
        .up()
        .withData("reachable", reachable)
        .withData("sign-in", reachable ? "available" : "unavailable")
        .build();
  }
}
