package com.srm.mentoring.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the servers the integration tests share, once per test run and before Arquillian reads its
 * configuration: a real PostgreSQL, a real Keycloak with the demo realm, and the options for the
 * Payara Micro processes Arquillian launches (database settings, loopback binding, the coverage
 * agent).
 */
public class IntegrationEnvironment implements LauncherSessionListener {

  private static PostgresServer postgres;
  private static KeycloakServer keycloak;
  private static int smtpPort;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("mentoring.it") || postgres != null) {
      return;
    }
    postgres = PostgresServer.startTemporary();
    keycloak = startKeycloak(Ports.freeLoopbackPort(), true);
    List<String> jvmOptions = new ArrayList<>();
    postgres
        .applicationSettings()
        .forEach((key, value) -> jvmOptions.add("-D" + key + "=" + value));
    jvmOptions.add("-Dmentoring.identity.keycloak-url=" + keycloak.baseUrl());
    // answers are released within seconds rather than a minute, so tests need not wait long
    jvmOptions.add("-Dmentoring.pulse.release-every-seconds=2");
    // overdue concerns are handed on within seconds, and notices go to the tests' SMTP server
    smtpPort = Ports.freeLoopbackPort();
    jvmOptions.add("-Dmentoring.escalation.sweep-every-seconds=2");
    jvmOptions.add("-Dmentoring.escalation.smtp-host=127.0.0.1");
    jvmOptions.add("-Dmentoring.escalation.smtp-port=" + smtpPort);
    String coverageAgent = System.getProperty("mentoring.micro.jacoco", "");
    if (!coverageAgent.isBlank()) {
      jvmOptions.add(coverageAgent);
    }
    System.setProperty("payara.cmdOptions", String.join(" ", jvmOptions));
    Path preBoot = configDir().resolve("payara-micro/pre-boot-commands.asadmin").toAbsolutePath();
    System.setProperty("payara.extraMicroOptions", "--prebootcommandfile " + preBoot);
  }

  private static KeycloakServer startKeycloak(int port, boolean fresh) {
    return KeycloakServer.start(
        Path.of(System.getProperty("mentoring.keycloak.home")),
        port,
        testRealm(),
        fresh,
        Path.of("target", "keycloak-it.log").toAbsolutePath());
  }

  /** The port the application sends e-mail to; a test listens there with its own SMTP server. */
  public static int smtpPort() {
    return smtpPort;
  }

  /** Stops Keycloak, for a test of the application while it is gone. */
  public static void stopKeycloak() {
    keycloak().close();
  }

  /** Starts Keycloak again on the same port, with the data it had. */
  public static void restartKeycloak() {
    keycloak = startKeycloak(keycloak().port(), false);
  }

  /**
   * The demo realm, except that the web client may return to any loopback port: Arquillian starts
   * Payara Micro on a port it chooses.
   */
  private static Path testRealm() {
    try {
      Path realm = configDir().resolve("keycloak/mentoring-realm.json");
      String json =
          Files.readString(realm)
              .replace("\"http://127.0.0.1:8080/*\"", "\"http://127.0.0.1:*\"")
              .replace("\"http://localhost:8080/*\"", "\"http://localhost:*\"");
      Path copy = Path.of("target", "mentoring-realm-it.json").toAbsolutePath();
      Files.writeString(copy, json);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path configDir() {
    return Path.of(System.getProperty("mentoring.config.dir", "../config"));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (keycloak != null) {
      keycloak.close();
      keycloak = null;
    }
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }

  /** The Keycloak the deployed application signs people in with. */
  public static KeycloakServer keycloak() {
    if (keycloak == null) {
      throw new IllegalStateException("integration environment not started (mentoring.it unset)");
    }
    return keycloak;
  }

  /** The database the deployed application uses. */
  public static PostgresServer postgres() {
    if (postgres == null) {
      throw new IllegalStateException("integration environment not started (mentoring.it unset)");
    }
    return postgres;
  }
}
