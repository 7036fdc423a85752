package com.srm.mentoring.identity.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Keycloak down: readiness says so, sign-in says so, and the sync changes nothing. */
@ExtendWith(SharedApplication.class)
class KeycloakOutageIT {

  @ApplicationUrl URL base;

  @Test
  void keycloakDownIsReportedAndChangesNothing() throws Exception {
    Api api = new Api(base);
    String hana = Tokens.of("hana");
    assertEquals(200, api.post("directory/sync", hana, "").statusCode());
    String peopleBefore = api.get("directory/people", hana).body();

    IntegrationEnvironment.stopKeycloak();
    try {
      // the application keeps Keycloak's state for five seconds, so that probes do not hammer it
      HttpResponse<String> ready =
          HttpProbe.awaitStatus(
                  URI.create(base.toExternalForm()).resolve("/health/ready"),
                  503,
                  Duration.ofSeconds(20),
                  () -> {})
              .orElseThrow();
      assertEquals(503, ready.statusCode(), ready.body());
      assertTrue(
          ready.body().matches("(?s).*\"name\":\"keycloak\",\"status\":\"DOWN\".*"), ready.body());

      HttpResponse<String> signIn = HttpProbe.get(URI.create(base + "me.xhtml"));
      assertEquals(503, signIn.statusCode(), signIn.body());
      assertTrue(signIn.body().contains("<h1>Sign-in service unavailable</h1>"), signIn.body());

      HttpResponse<String> sync = api.post("directory/sync", hana, "");
      assertEquals(503, sync.statusCode(), sync.body());
      assertTrue(sync.body().contains("\"failure\""), sync.body());
      assertEquals(peopleBefore, api.get("directory/people", hana).body());
    } finally {
      IntegrationEnvironment.restartKeycloak();
    }
    assertEquals(200, api.post("directory/sync", Tokens.of("hana"), "").statusCode());
  }
}
