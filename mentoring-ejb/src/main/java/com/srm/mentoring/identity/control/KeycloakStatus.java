package com.srm.mentoring.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether Keycloak answers. Asked before sending someone to sign in and by the readiness check; the
 * answer is kept a few seconds so that a burst of requests asks Keycloak once.
 */
@ApplicationScoped
public class KeycloakStatus {

  private static final Duration KEEP = Duration.ofSeconds(5);
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  @Inject IdentitySettings settings;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private volatile boolean up;
  private volatile Instant checkedAt = Instant.MIN;

  public boolean isUp() {
    if (Instant.now().isAfter(checkedAt.plus(KEEP))) {
      up = ask();
      checkedAt = Instant.now();
    }
    return up;
  }

  private boolean ask() {
    URI discovery = URI.create(settings.getIssuer() + "/.well-known/openid-configuration");
    try {
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(discovery).timeout(TIMEOUT).build(),
              HttpResponse.BodyHandlers.discarding());
      return answer.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
