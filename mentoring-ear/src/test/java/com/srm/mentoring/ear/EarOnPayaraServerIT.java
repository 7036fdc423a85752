package com.srm.mentoring.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.KeycloakServer;
import com.srm.mentoring.testsupport.Ports;
import com.srm.mentoring.testsupport.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The EAR installed on a full Payara Server as the operator's documentation says, in a production
 * configuration: a fresh domain on free loopback ports set up with the shipped script ({@code
 * config/payara-server/domain-setup.asadmin}), no dev flag, secrets of its own kept as password
 * aliases (never in the domain's configuration or environment), an anchor directory, the
 * application's restricted database role with a password of its own, and a Keycloak realm whose
 * clients have secrets of their own. A person signs in through Keycloak and reads their page; the
 * domain is stopped and removed afterwards.
 */
class EarOnPayaraServerIT {

  /** The secrets a production start needs, each given as a password alias of its setting's name. */
  static final List<String> SECRETS =
      List.of(
          "mentoring.db.password",
          "mentoring.audit.seal.keys",
          "mentoring.content.keys",
          "mentoring.identity.client-secret",
          "mentoring.identity.directory-client-secret");

  @Test
  void theEarInstalledFromTheShippedSamplesStartsWithOwnSecretsAndSignsAPersonIn()
      throws Exception {
    Path server = Path.of(System.getProperty("payara.server.home"));
    Path ear = Path.of(System.getProperty("mentoring.ear"));
    Map<String, String> secrets = ownSecrets();
    try (PostgresServer postgres = PostgresServer.startTemporary();
        PayaraDomain domain =
            PayaraDomain.create(server, Path.of("target", "payara-domains").toAbsolutePath())) {
      // Keycloak starts while the domain starts and deploys: the server asks it only on requests
      int keycloakPort = Ports.freeLoopbackPort();
      while (domain.reserves(keycloakPort)) {
        keycloakPort = Ports.freeLoopbackPort();
      }
      int port = keycloakPort;
      String base = "http://127.0.0.1:" + domain.httpPort() + "/mentoring/";
      CompletableFuture<KeycloakServer> keycloakStarting =
          CompletableFuture.supplyAsync(() -> startKeycloak(port, domain.httpPort(), secrets));
      try {
        // the migration step comes first: the server never logs in as the schema's owner
        postgres.migratedDatabase(PostgresServer.DATABASE);
        givePasswordToApplicationRole(postgres, secrets.get("mentoring.db.password"));

        domain.start(Map.of(), jvmOptions());
        domain.runScript(shippedDomainSetup());
        // what differs on this machine from the script's examples
        domain.systemProperty("mentoring.db.port", String.valueOf(postgres.port()));
        domain.systemProperty("mentoring.audit.anchor.dir", anchorDirectory().toString());
        domain.systemProperty("mentoring.identity.keycloak-url", "http://127.0.0.1:" + port);
        domain.systemProperty("mentoring.http.public-base-url", base);
        for (String secret : SECRETS) {
          domain.passwordAlias(secret, secrets.get(secret));
        }
        domain.restart();
        domain.deploy(ear);
        probe(domain, base, keycloakStarting.join());
      } finally {
        keycloakStarting.thenAccept(KeycloakServer::close).exceptionally(notStarted -> null).join();
      }
      assertTrue(
          !Files.readString(domain.domainXml()).contains(secrets.get("mentoring.db.password")),
          "no secret is written in the domain's configuration");
    }
  }

  /** Secrets of this installation's own: keys of 32 random bytes, random passwords. */
  static Map<String, String> ownSecrets() {
    Map<String, String> secrets = new LinkedHashMap<>();
    secrets.put("mentoring.db.password", random());
    secrets.put("mentoring.audit.seal.keys", "own-seal:" + random());
    secrets.put("mentoring.content.keys", "own-content:" + random());
    secrets.put("mentoring.identity.client-secret", random());
    secrets.put("mentoring.identity.directory-client-secret", random());
    return secrets;
  }

  private static String random() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  static Path shippedDomainSetup() {
    return Path.of(
        System.getProperty("mentoring.config.dir"), "payara-server", "domain-setup.asadmin");
  }

  static void givePasswordToApplicationRole(PostgresServer postgres, String password)
      throws Exception {
    try (Connection c = postgres.superuserDataSource("postgres").getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "ALTER ROLE " + PostgresServer.USER + " PASSWORD '" + password.replace("'", "''") + "'");
    }
  }

  /**
   * The health check; the home page; a person signing in through Keycloak's page and reading their
   * own; a call with a real token.
   */
  private static void probe(PayaraDomain domain, String base, KeycloakServer keycloak)
      throws Exception {
    String server = "http://127.0.0.1:" + domain.httpPort();
    HttpResponse<String> ready =
        HttpProbe.awaitStatus(
                URI.create(server + "/health/ready"), 200, Duration.ofMinutes(2), () -> {})
            .orElseThrow(() -> new AssertionError("no answer from the server\n" + domain.log()));
    assertEquals(200, ready.statusCode(), ready.body() + domain.log());
    assertTrue(ready.body().contains("\"name\":\"database\""), ready.body());

    HttpResponse<String> page = HttpProbe.get(URI.create(base));
    assertEquals(200, page.statusCode(), page.body() + domain.log());
    assertTrue(page.body().contains("<h1>Reverse mentoring, safely</h1>"), page.body());
    assertTrue(page.body().contains("ui-card"), "PrimeFaces renders from lib/: " + page.body());

    // a person who has not yet signed the charter is asked to, before anything else
    HttpResponse<String> myPage = signedIn(base + "me.xhtml", "jun", "demo");
    assertEquals("/mentoring/charter.xhtml", myPage.uri().getPath(), myPage.body());
    assertTrue(myPage.body().contains("<span id=\"signed-in-name\">Jun"), myPage.body());

    // the API with a real token: bearer checks, the charter boundary and its entities
    HttpResponse<String> charter =
        HttpProbe.send(
            HttpRequest.newBuilder(URI.create(base + "api/charter/current"))
                .header("Authorization", "Bearer " + tokenOf(keycloak, "jun")));
    assertEquals(200, charter.statusCode(), charter.body() + domain.log());
    assertTrue(charter.body().contains("Charter version 1"), charter.body());
  }

  /**
   * Opens a page as a browser would: sent to Keycloak's sign-in page, the form filled in and sent,
   * and back through the application's callback to where the application sends the person.
   */
  static HttpResponse<String> signedIn(String address, String username, String password)
      throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> signInPage =
        browser.send(
            HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher form =
        Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
            .matcher(signInPage.body());
    assertTrue(form.find(), "Keycloak's sign-in form: " + signInPage.uri() + signInPage.body());
    String action = form.group(1).replace("&amp;", "&");
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(URI.create(action))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + URLEncoder.encode(username, StandardCharsets.UTF_8)
                            + "&password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8)
                            + "&credentialId="))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, signedIn.statusCode(), signedIn.uri() + signedIn.body());
    return signedIn;
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

  /**
   * Keycloak with the demo realm, except that its two confidential clients hold this installation's
   * secrets and the sign-in client returns to the server's address.
   */
  static KeycloakServer startKeycloak(int port, int serverPort, Map<String, String> secrets) {
    try {
      String realm =
          Files.readString(
                  Path.of(
                      System.getProperty("mentoring.config.dir"),
                      "keycloak",
                      "mentoring-realm.json"))
              .replace(
                  "\"mentoring-web-dev-secret\"",
                  "\"" + secrets.get("mentoring.identity.client-secret") + "\"")
              .replace(
                  "\"mentoring-directory-dev-secret\"",
                  "\"" + secrets.get("mentoring.identity.directory-client-secret") + "\"")
              .replace("\"http://127.0.0.1:8080/*\"", "\"http://127.0.0.1:" + serverPort + "/*\"");
      Path copy = Path.of("target", "mentoring-realm-production.json").toAbsolutePath();
      Files.writeString(copy, realm);
      return KeycloakServer.start(
          keycloakHome(), port, copy, true, Path.of("target", "keycloak-it.log").toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /** Anchors belong to the database they were taken from: a fresh directory for a fresh one. */
  static Path anchorDirectory() throws IOException {
    return Files.createTempDirectory(Path.of("target"), "anchors-").toAbsolutePath();
  }

  static List<String> jvmOptions() {
    List<String> options = new ArrayList<>();
    String coverage = System.getProperty("mentoring.server.jacoco", "");
    if (!coverage.isBlank()) {
      options.add(coverage);
    }
    return options;
  }

  /**
   * Every cookie a server on loopback sets, sent back to it as a browser would: the JDK's {@code
   * CookieManager} holds back Keycloak's sign-in cookies on plain HTTP, which a browser sends to a
   * loopback address.
   */
  static final class LoopbackCookies extends CookieHandler {

    private final Map<String, Map<String, String>> byServer = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
      Map<String, String> jar = byServer.getOrDefault(server(uri), Map.of());
      if (jar.isEmpty()) {
        return Map.of();
      }
      return Map.of(
          "Cookie",
          List.of(
              jar.entrySet().stream()
                  .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                  .collect(Collectors.joining("; "))));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
      Map<String, String> jar = byServer.computeIfAbsent(server(uri), s -> new LinkedHashMap<>());
      responseHeaders.forEach(
          (header, values) -> {
            if ("Set-Cookie".equalsIgnoreCase(header)) {
              for (String cookie : values) {
                String[] pair = cookie.split(";", 2)[0].split("=", 2);
                boolean removed =
                    pair.length < 2
                        || pair[1].isEmpty()
                        || cookie.toLowerCase(Locale.ROOT).contains("max-age=0");
                if (removed) {
                  jar.remove(pair[0].strip());
                } else {
                  jar.put(pair[0].strip(), pair[1].strip());
                }
              }
            }
          });
    }

    private static String server(URI uri) {
      return uri.getHost() + ":" + uri.getPort();
    }
  }
}
