package com.srm.mentoring.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.ManagedProcess;
import com.srm.mentoring.testsupport.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A server started the way production must not run stops its deployment before it serves anyone,
 * with a message naming what to change: outside the dev run with a password the product publishes
 * and without an anchor directory, or on a schema the migration step has not brought up to date.
 */
class StartupRefusalIT {

  static final Duration STARTING = Duration.ofMinutes(4);

  @Test
  void refusesCommittedPasswordsTheOwnersLoginAndNoAnchorOutsideTheDevRun() throws Exception {
    List<String> options = databaseOptions(PostgresServer.DATABASE);
    options.add("-Dmentoring.db.password=" + PostgresServer.PASSWORD);
    options.add("-Dmentoring.db.migration-password=" + PostgresServer.OWNER_PASSWORD);
    String log = refusal(options, "production-like.log", "Refusing to start");
    assertTrue(log.contains("set mentoring.db.password to a password of your own"), log);
    assertTrue(log.contains("remove mentoring.db.migration-password"), log);
    assertTrue(log.contains("set mentoring.audit.anchor.dir"), log);
    assertTrue(log.contains("mentoring.audit.seal.keys"), log);
  }

  @Test
  void refusesASchemaBehindThisReleaseNamingTheMigrationCommand() throws Exception {
    String behind = "behind_" + UUID.randomUUID().toString().substring(0, 8);
    IntegrationEnvironment.postgres().ensureApplicationDatabase(behind);
    List<String> options = databaseOptions(behind);
    options.add("-Dmentoring.db.password=" + PostgresServer.PASSWORD);
    options.add("-Dmentoring.dev=true");
    String log = refusal(options, "schema-behind.log", "The database schema is behind");
    assertTrue(log.contains("mvn -q -Pmigrate-schema -pl mentoring-ejb process-classes"), log);
    assertTrue(log.contains("V1 cohort"), log);
  }

  private static List<String> databaseOptions(String database) {
    List<String> options = new ArrayList<>();
    PostgresServer postgres = IntegrationEnvironment.postgres();
    postgres
        .applicationSettings()
        .forEach(
            (key, value) -> {
              if (!key.equals("mentoring.db.password")) {
                options.add("-D" + key + "=" + value);
              }
            });
    options.removeIf(option -> option.startsWith("-Dmentoring.db.name="));
    options.add("-Dmentoring.db.name=" + database);
    options.add("-Dmentoring.identity.keycloak-url=" + IntegrationEnvironment.keycloak().baseUrl());
    return options;
  }

  /** Starts a server with these options, waits for its log to say {@code expected}, stops it. */
  private static String refusal(List<String> options, String logName, String expected)
      throws Exception {
    Path log = Path.of("target", logName).toAbsolutePath();
    ManagedProcess server = IntegrationEnvironment.startApplication(options, log);
    try {
      return Await.until(
          () -> Files.exists(log) ? Files.readString(log) : "",
          text -> text.contains(expected),
          "the deployment's refusal (" + expected + ") in " + log,
          STARTING);
    } finally {
      server.stop();
    }
  }
}
