package com.srm.mentoring.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.KeycloakServer;
import com.srm.mentoring.testsupport.Ports;
import com.srm.mentoring.testsupport.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a full Payara Server: a fresh domain on free loopback ports, the EAR deployed against
 * a real PostgreSQL and Keycloak, the health check and the home page probed, the domain stopped and
 * removed.
 */
class EarOnPayaraServerIT {

  @Test
  void earDeploysOnPayaraServerAndAnswersItsHealthCheck() throws Exception {
    Path server = Path.of(System.getProperty("payara.server.home"));
    Path ear = Path.of(System.getProperty("mentoring.ear"));
    try (PostgresServer postgres = PostgresServer.startTemporary();
        PayaraDomain domain =
            PayaraDomain.create(server, Path.of("target", "payara-domains").toAbsolutePath())) {
      // Keycloak starts while the domain starts and deploys: the server asks it only on requests
      int keycloakPort = Ports.freeLoopbackPort();
      while (domain.reserves(keycloakPort)) {
        keycloakPort = Ports.freeLoopbackPort();
      }
      int port = keycloakPort;
      CompletableFuture<KeycloakServer> keycloakStarting =
          CompletableFuture.supplyAsync(() -> startKeycloak(port));
      try {
        // the migration step comes first: the server never logs in as the schema's owner
        postgres.migratedDatabase(PostgresServer.DATABASE);
        Map<String, String> environment = environmentFor(postgres);
        environment.put("MENTORING_IDENTITY_KEYCLOAK_URL", "http://127.0.0.1:" + port);
        domain.start(environment, jvmOptions());
        domain.deploy(ear);
        probe(domain, keycloakStarting.join());
      } finally {
        keycloakStarting.thenAccept(KeycloakServer::close).exceptionally(notStarted -> null).join();
      }
    }
  }

  /** The health check, the home page and a call with a real token, once everything runs. */
  private static void probe(PayaraDomain domain, KeycloakServer keycloak) throws Exception {
    String base = "http://127.0.0.1:" + domain.httpPort();
    HttpResponse<String> ready =
        HttpProbe.awaitStatus(
                URI.create(base + "/health/ready"), 200, Duration.ofMinutes(2), () -> {})
            .orElseThrow(() -> new AssertionError("no answer from the server\n" + domain.log()));
    assertEquals(200, ready.statusCode(), ready.body() + domain.log());
    assertTrue(ready.body().contains("\"name\":\"database\""), ready.body());

    HttpResponse<String> page = HttpProbe.get(URI.create(base + "/mentoring/"));
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("<h1>Reverse mentoring, safely</h1>"), page.body());
    assertTrue(page.body().contains("ui-card"), "PrimeFaces renders from lib/: " + page.body());

    // the API with a real token: bearer checks, the charter boundary and its entities
    HttpResponse<String> charter =
        HttpProbe.send(
            HttpRequest.newBuilder(URI.create(base + "/mentoring/api/charter/current"))
                .header("Authorization", "Bearer " + tokenOf(keycloak, "jun")));
    assertEquals(200, charter.statusCode(), charter.body() + domain.log());
    assertTrue(charter.body().contains("Charter version 1"), charter.body());
  }

  /** An access token from the demo realm's API client, as a script would get one. */
  static String tokenOf(KeycloakServer keycloak, String username) throws Exception {
    HttpResponse<String> token =
        HttpProbe.send(
            HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=mentoring-portal&username="
                            + username
                            + "&password=demo")));
    assertEquals(200, token.statusCode(), token.body());
    Matcher accessToken = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(token.body());
    assertTrue(accessToken.find(), token.body());
    return accessToken.group(1);
  }

  static KeycloakServer startKeycloak(int port) {
    return KeycloakServer.start(
        keycloakHome(),
        port,
        Path.of(System.getProperty("mentoring.config.dir"), "keycloak", "mentoring-realm.json"),
        true,
        Path.of("target", "keycloak-it.log").toAbsolutePath());
  }

  /**
   * The web module's Keycloak where the build unpacked one: once its tests started it, it has
   * stored its configuration, which a fresh copy does on its first start, for a good part of that
   * start. Its data is discarded all the same.
   */
  static Path keycloakHome() {
    String configured = System.getProperty("mentoring.keycloak.configured.home", "");
    if (!configured.isBlank() && Files.exists(Path.of(configured, "bin", "kc.sh"))) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("mentoring.keycloak.home"));
  }

  /** The server reads the data source settings from its environment, as in production. */
  static Map<String, String> environmentFor(PostgresServer postgres) {
    Map<String, String> env = new LinkedHashMap<>();
    postgres
        .applicationSettings()
        .forEach((key, value) -> env.put(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"), value));
    env.put("MENTORING_DEV", "true");
    try {
      // anchors belong to the database they were taken from: a fresh one for a fresh database
      env.put(
          "MENTORING_AUDIT_ANCHOR_DIR",
          Files.createTempDirectory(Path.of("target"), "anchors-").toAbsolutePath().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return env;
  }

  static List<String> jvmOptions() {
    List<String> options = new ArrayList<>();
    String coverage = System.getProperty("mentoring.server.jacoco", "");
    if (!coverage.isBlank()) {
      options.add(coverage);
    }
    return options;
  }
}
