package com.srm.mentoring.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/** Real tokens and admin access from the test run's Keycloak. */
public final class Tokens {

  private Tokens() {}

  /** An access token for a demo person, by the password grant the demo realm allows scripts. */
  public static String of(String username) throws Exception {
    KeycloakServer keycloak = IntegrationEnvironment.keycloak();
    String form =
        "grant_type=password&client_id=mentoring-portal&password=demo&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        HttpProbe.send(
            HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body()))
        .readObject()
        .getString("access_token");
  }

  /** Keycloak's admin API as the bootstrap administrator, to change the directory under test. */
  public static Keycloak admin() {
    return KeycloakBuilder.builder()
        .serverUrl(IntegrationEnvironment.keycloak().baseUrl())
        .realm("master")
        .clientId("admin-cli")
        .username(KeycloakServer.ADMIN)
        .password(KeycloakServer.ADMIN_PASSWORD)
        .build();
  }
}
