package com.srm.mentoring.devserver;

import com.srm.mentoring.demo.DemoSeeding;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.KeycloakServer;
import com.srm.mentoring.testsupport.ManagedProcess;
import com.srm.mentoring.testsupport.PostgresServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The run command: a real PostgreSQL kept under the data directory, Keycloak with the demo realm,
 * and Payara Micro serving the WAR on 127.0.0.1. Stays in the foreground; Ctrl-C stops everything
 * it started.
 *
 * <p>Settings (system properties): {@code mentoring.data.dir}, {@code mentoring.http.port} (default
 * 8080), {@code mentoring.db.port} (default 15432).
 */
public final class DevServer {

  private final Path dataDir = Path.of(System.getProperty("mentoring.data.dir", "target/dev-data"));
  private final int httpPort = Integer.getInteger("mentoring.http.port", 8080);
  private final int dbPort = Integer.getInteger("mentoring.db.port", 15432);
  private final int keycloakPort = Integer.getInteger("mentoring.keycloak.port", 8180);
  private final List<ManagedProcess> processes = new ArrayList<>();
  private PostgresServer postgres;
  private KeycloakServer keycloak;

  /** Set once Ctrl-C stops the processes, which then end as asked to. */
  private volatile boolean stopping;

  public static void main(String[] args) throws Exception {
    DevServer server = new DevServer();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mentoring-stop"));
    server.start();
    server.awaitExit();
  }

  void start() throws IOException, InterruptedException {
    say("Starting PostgreSQL on 127.0.0.1:" + dbPort + ", data in " + dataDir.toAbsolutePath());
    postgres = PostgresServer.start(dataDir.resolve("postgres"), dbPort);
    // the migration step, as the schema's owner; the server itself never holds that login
    say("Migrating the schema as its owner (" + PostgresServer.OWNER + ")");
    postgres.migratedDatabase(PostgresServer.DATABASE);
    say(
        "Starting Keycloak on 127.0.0.1:"
            + keycloakPort
            + " (log: "
            + dataDir.resolve("keycloak.log")
            + ")");
    keycloak =
        KeycloakServer.start(
            Path.of(required("mentoring.keycloak.home")),
            keycloakPort,
            Path.of(required("mentoring.config.dir"), "keycloak", "mentoring-realm.json"),
            false,
            dataDir.resolve("keycloak.log"));
    Map<String, String> settings = new LinkedHashMap<>(postgres.applicationSettings());
    settings.put("mentoring.identity.keycloak-url", keycloak.baseUrl());
    // the demo secrets are allowed here and only here; the anchors live beside the data
    settings.put("mentoring.dev", "true");
    settings.put(
        "mentoring.audit.anchor.dir", dataDir.resolve("anchors").toAbsolutePath().toString());
    String address = "http://127.0.0.1:" + httpPort + "/";
    startApplication(settings);
    say("Waiting until the application is ready");
    waitUntilReady(URI.create(address), Duration.ofMinutes(5));
    waitUntilReady(URI.create(address + "health/ready"), Duration.ofMinutes(5));
    seedDemoProgram(address);
    say("");
    say("Safe Reverse Mentoring is running: open " + address);
    say("Sign in with a demo account (password: demo):");
    say(
        "  hana (HR): the cohorts and their figures; jun, sam (employees): a pairing with history;");
    say(
        "  farid (facilitator), erin (escalation contact): an open concern; audrey (auditor): the log.");
    say("Keycloak admin console: " + keycloak.baseUrl() + "/admin (admin / admin)");
    say("Press Ctrl-C to stop.");
  }

  /**
   * A fresh data directory gets the demo program, laid down through the application's own API. A
   * seeding that fails says why and leaves the application serving, without the demo program.
   */
  private void seedDemoProgram(String address) {
    say("Seeding the demo program (the first start takes a minute or two)");
    try {
      say(
          DemoSeeding.ensureSeeded(
              URI.create(address),
              keycloak.issuer(),
              postgres.applicationDataSource(PostgresServer.DATABASE),
              step -> say("Seeding the demo program… " + step)));
    } catch (IllegalStateException e) {
      say("Demo program not seeded: " + e.getMessage());
    }
  }

  private void startApplication(Map<String, String> settings) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(
        List.of(
            "-jar",
            required("payara.microJar"),
            "--nocluster",
            "--port",
            String.valueOf(httpPort),
            "--contextroot",
            "/",
            "--prebootcommandfile",
            Path.of(required("mentoring.config.dir"), "payara-micro", "pre-boot-commands.asadmin")
                .toString(),
            "--rootdir",
            dataDir.resolve("payara-micro").toAbsolutePath().toString(),
            "--deploy",
            required("mentoring.war")));
    Files.createDirectories(dataDir);
    say(
        "Starting Payara Micro on 127.0.0.1:"
            + httpPort
            + " (log: "
            + dataDir.resolve("payara-micro.log")
            + ")");
    processes.add(
        ManagedProcess.start(
            "Payara Micro", command, dataDir.resolve("payara-micro.log"), Map.of()));
  }

  private void waitUntilReady(URI readiness, Duration patience) throws InterruptedException {
    int status =
        HttpProbe.awaitStatus(readiness, 200, patience, this::requireAllAlive)
            .map(HttpResponse::statusCode)
            .orElse(-1);
    if (status != 200) {
      throw new IllegalStateException("not ready after " + patience + ": " + readiness);
    }
  }

  private void requireAllAlive() {
    processes.forEach(ManagedProcess::requireAlive);
  }

  /** Returns when one of the processes stopped: by Ctrl-C, or by a crash, which it reports. */
  private void awaitExit() {
    CompletableFuture.anyOf(
            processes.stream().map(ManagedProcess::onExit).toArray(CompletableFuture[]::new))
        .join();
    if (!stopping) {
      requireAllAlive();
    }
  }

  synchronized void stop() {
    stopping = true;
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).stop();
    }
    processes.clear();
    if (keycloak != null) {
      say("Stopping Keycloak");
      keycloak.close();
      keycloak = null;
    }
    if (postgres != null) {
      say("Stopping PostgreSQL");
      postgres.stop();
      postgres = null;
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set");
    }
    return value;
  }

  static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
