package com.srm.mentoring.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the servers the integration tests share, once per test run and before Arquillian reads its
 * configuration: a real PostgreSQL, and the options for the Payara Micro processes Arquillian
 * launches (database settings, loopback binding, the coverage agent).
 */
public class IntegrationEnvironment implements LauncherSessionListener {

  private static PostgresServer postgres;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("mentoring.it") || postgres != null) {
      return;
    }
    postgres = PostgresServer.startTemporary();
    List<String> jvmOptions = new ArrayList<>();
    postgres
        .applicationSettings()
        .forEach((key, value) -> jvmOptions.add("-D" + key + "=" + value));
    String coverageAgent = System.getProperty("mentoring.micro.jacoco", "");
    if (!coverageAgent.isBlank()) {
      jvmOptions.add(coverageAgent);
    }
    System.setProperty("payara.cmdOptions", String.join(" ", jvmOptions));
    Path preBoot =
        Path.of(System.getProperty("mentoring.config.dir", "../config"))
            .resolve("payara-micro/pre-boot-commands.asadmin")
            .toAbsolutePath();
    System.setProperty("payara.extraMicroOptions", "--prebootcommandfile " + preBoot);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }

  /** The database the deployed application uses. */
  public static PostgresServer postgres() {
    if (postgres == null) {
      throw new IllegalStateException("integration environment not started (mentoring.it unset)");
    }
    return postgres;
  }
}
