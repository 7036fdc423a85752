package com.srm.mentoring.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the servers the integration tests share, once per test run: a real PostgreSQL, a real
 * Keycloak with the demo realm, and at the first test that needs it one Payara Micro (database
 * settings, loopback binding, the coverage agent), which the client-side tests ({@link
 * SharedApplication}) and the in-container tests ({@link SharedMicroContainer}) share.
 */
public class IntegrationEnvironment implements LauncherSessionListener {

  /**
   * The one address the deployed application trusts as a reverse proxy: a loopback address of its
   * own, so that the tests can send requests from it and from 127.0.0.1, which it does not trust.
   */
  public static final String TRUSTED_PROXY = "127.0.0.2";

  /** How often the test server looks for micro-question answers to release. */
  public static final Duration PULSE_RELEASE_EVERY = Duration.ofSeconds(2);

  /** Within how long the test server seals and anchors a new access log entry. */
  public static final Duration ACCESS_LOG_SEAL_EVERY = Duration.ofSeconds(10);

  /** How often the test server looks for overdue concerns. */
  public static final Duration ESCALATION_SWEEP_EVERY = Duration.ofSeconds(2);

  /**
   * How many refused reads a minute the test server logs one by one for a person: lower than the
   * product's default, so that a test reaches the limit with few requests; well above what any
   * test's person is refused in a minute otherwise.
   */
  public static final int REFUSED_READS_PER_MINUTE = 30;

  private static PostgresServer postgres;
  private static Path postgresData;
  private static KeycloakServer keycloak;
  private static Path anchorDir;
  private static List<String> applicationOptions;
  private static ManagedProcess application;
  private static URL applicationUrl;

  /** The WAR the shared application serves: as built, or the in-container tier's. */
  private static Path servedWar;

  private static int smtpPort;

  /** Where the example portal is served ({@link #portalExample()}): the origin the API lets in. */
  private static int portalPort;

  private static PortalExample portal;

  /** The application the portal's page calls: a restarted one has another address. */
  private static URL portalCalls;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (Boolean.getBoolean("mentoring.it")) {
      start(true);
    }
  }

  /**
   * For a main such as a benchmark, which must call {@link #stop()} in the end, also when it fails:
   * the same servers as for the tests, but the application does not run its background work at the
   * tests' pace of seconds; it keeps the product's defaults there.
   */
  public static void startForBenchmark() {
    start(false);
  }

  /**
   * Starts PostgreSQL and Keycloak and prepares the options of the application, which itself starts
   * at the first {@link #application()}; nothing if already started.
   */
  private static synchronized void start(boolean forTests) {
    if (postgres != null) {
      return;
    }
    try {
      Files.createDirectories(buildDir());
      postgresData = Files.createTempDirectory(buildDir(), "postgres-").toAbsolutePath();
      // the in-container tier's WAR of an earlier run holds that run's classes
      Files.deleteIfExists(inContainerWar());
      postgres = PostgresServer.start(postgresData, 0);
      // the migration step, as an operator runs it before the servers: they never migrate
      postgres.migratedDatabase(PostgresServer.DATABASE);
      // anchors belong to the database they were taken from: a fresh one for a fresh database
      anchorDir = Files.createTempDirectory(buildDir(), "anchors-").toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the portal's origin is known before Keycloak and the application start: both let it in
    portalPort = Ports.freeLoopbackPort();
    keycloak = startKeycloak(Ports.freeLoopbackPort(), true);
    List<String> jvmOptions = new ArrayList<>();
    postgres
        .applicationSettings()
        .forEach((key, value) -> jvmOptions.add("-D" + key + "=" + value));
    jvmOptions.add("-Dmentoring.identity.keycloak-url=" + keycloak.baseUrl());
    jvmOptions.add("-Dmentoring.dev=true");
    jvmOptions.add("-Dmentoring.audit.anchor.dir=" + anchorDir());
    // a reverse proxy in front of the application, as far as the tests go: see TRUSTED_PROXY
    jvmOptions.add("-Dmentoring.http.trusted-proxies=" + TRUSTED_PROXY);
    // the corporate portal, served from an origin of its own (PortalExample)
    jvmOptions.add("-Dmentoring.http.cors-origins=" + portalOrigin());
    smtpPort = Ports.freeLoopbackPort();
    jvmOptions.add("-Dmentoring.escalation.smtp-host=127.0.0.1");
    jvmOptions.add("-Dmentoring.escalation.smtp-port=" + smtpPort);
    if (forTests) {
      // answers are released within seconds rather than a minute, so tests need not wait long
      jvmOptions.add("-Dmentoring.pulse.release-every-seconds=" + PULSE_RELEASE_EVERY.toSeconds());
      // ratings of objectives too, at the same pace
      jvmOptions.add(
          "-Dmentoring.pairing.rating-release-every-seconds=" + PULSE_RELEASE_EVERY.toSeconds());
      // overdue concerns are handed on within seconds, and notices go to the tests' SMTP server
      jvmOptions.add(
          "-Dmentoring.escalation.sweep-every-seconds=" + ESCALATION_SWEEP_EVERY.toSeconds());
      // the outbox is looked at every 2 s, and an e-mail the SMTP server refused is tried again
      // within seconds, so that a test sees it go out soon after its SMTP server starts
      jvmOptions.add("-Dmentoring.escalation.mail-every-seconds=2");
      jvmOptions.add("-Dmentoring.escalation.mail-retry-first-seconds=1");
      jvmOptions.add("-Dmentoring.escalation.mail-retry-longest-seconds=4");
      // new early warnings are notified within seconds too
      jvmOptions.add("-Dmentoring.warnings.sweep-every-seconds=2");
      jvmOptions.add("-Dmentoring.audit.refused-reads-per-minute=" + REFUSED_READS_PER_MINUTE);
      // rows written in the clear by a test are sealed within seconds rather than a day
      jvmOptions.add("-Dmentoring.content.reseal-every-seconds=2");
      // the access log's head is sealed within seconds, so that a test sees the schedule seal it
      jvmOptions.add("-Dmentoring.audit.seal.every-seconds=" + ACCESS_LOG_SEAL_EVERY.toSeconds());
    }
    String coverageAgent = System.getProperty("mentoring.micro.jacoco", "");
    if (!coverageAgent.isBlank()) {
      jvmOptions.add(coverageAgent);
    }
    applicationOptions = List.copyOf(jvmOptions);
  }

  private static KeycloakServer startKeycloak(int port, boolean fresh) {
    return KeycloakServer.start(
        Path.of(System.getProperty("mentoring.keycloak.home")),
        port,
        testRealm(),
        fresh,
        buildDir().resolve("keycloak-it.log").toAbsolutePath());
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
   * The demo realm, except that the web client may return to any loopback port: the tests start
   * Payara Micro on a free port. In the test run, passwords are hashed with 1,000 rounds instead of
   * Keycloak's 210,000: every sign-in, token and new person of the suite hashes one, which on two
   * cores adds up to minutes, and no test is about the hash's strength. Benchmarks and the load
   * test keep Keycloak's default, as production does.
   */
  private static Path testRealm() {
    try {
      Path realm = configDir().resolve("keycloak/mentoring-realm.json");
      String json =
          Files.readString(realm)
              .replace("\"http://127.0.0.1:8080/*\"", "\"http://127.0.0.1:*\"")
              .replace("\"http://localhost:8080/*\"", "\"http://localhost:*\"")
              .replace("\"http://127.0.0.1:" + PortalExample.DEV_PORT, "\"" + portalOrigin());
      if (Boolean.getBoolean("mentoring.it") && !json.contains("\"passwordPolicy\"")) {
        json = json.replaceFirst("\\{", "{\"passwordPolicy\": \"hashIterations(1000)\",");
      }
      Path copy = buildDir().resolve("mentoring-realm-it.json").toAbsolutePath();
      Files.writeString(copy, json);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The origin of the example portal, which the application lets call its API ({@code
   * mentoring.http.cors-origins}) and Keycloak lets sign people in.
   */
  public static String portalOrigin() {
    if (portalPort == 0) {
      throw new IllegalStateException("integration environment not started (mentoring.it unset)");
    }
    return "http://127.0.0.1:" + portalPort;
  }

  /**
   * The example portal page, served on its origin against the shared application: started at the
   * first call, stopped when the test run ends.
   */
  public static synchronized PortalExample portalExample() {
    URL app = application();
    if (portal != null && !app.equals(portalCalls)) {
      portal.close();
      portal = null;
    }
    if (portal == null) {
      try {
        portal =
            PortalExample.start(
                portalPort,
                configDir().resolve("portal-example").toAbsolutePath(),
                keycloak().baseUrl(),
                app.toURI());
        portalCalls = app;
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return portal;
  }

  /** Where the deployed application anchors the access log's seals: a directory of this run. */
  public static Path anchorDir() {
    if (anchorDir == null) {
      throw new IllegalStateException("integration environment not started (mentoring.it unset)");
    }
    return anchorDir;
  }

  /**
   * The module's build directory: the working directory's {@code target} when the test run or the
   * benchmark runs in the module, as Maven's plugins do; set {@code mentoring.build.dir} where the
   * working directory is another, as for exec:java started from the project's root.
   */
  private static Path buildDir() {
    return Path.of(System.getProperty("mentoring.build.dir", "target"));
  }

  /** Where the running PostgreSQL keeps its data: a fresh directory under the build directory. */
  public static Path postgresData() {
    postgres();
    return postgresData;
  }

  private static Path configDir() {
    return Path.of(System.getProperty("mentoring.config.dir", "../config"));
  }

  /**
   * The address of the one Payara Micro every client-side test talks to, serving the WAR as built.
   * Started at the first call and stopped when the test run ends: a server per test class would
   * cost its start-up time again and again, and each test brings its own data anyway.
   */
  /** The shared application's process, once started; for a benchmark that watches it. */
  public static synchronized ManagedProcess applicationProcess() {
    application();
    return application;
  }

  public static synchronized URL application() {
    if (applicationUrl == null) {
      postgres();
      if (servedWar == null) {
        servedWar = builtWar();
      }
      applicationUrl = startApplication(servedWar);
    }
    return applicationUrl;
  }

  /**
   * The address of the shared application serving {@code war}, the in-container tier's WAR (the WAR
   * as built with the in-container test classes and Arquillian's servlet added): started with it,
   * or started again with it when it serves another, and from then on served to every test.
   */
  public static synchronized URL applicationServing(Path war) {
    if (applicationUrl != null && !war.equals(servedWar)) {
      restartApplication();
    }
    servedWar = war;
    return application();
  }

  /** Where the in-container tier's WAR is written, named as the WAR as built. */
  public static Path inContainerWar() {
    return buildDir().resolve("in-container").resolve("mentoring-web.war").toAbsolutePath();
  }

  private static Path builtWar() {
    return Path.of(
            System.getProperty("mentoring.war", buildDir().resolve("mentoring-web.war").toString()))
        .toAbsolutePath();
  }

  /**
   * Stops the shared application; the next test that needs it gets a fresh one. For a test that
   * took the database away underneath it: the connection pool's recovery is that test's subject,
   * and the tests after it should not depend on it.
   */
  public static synchronized void restartApplication() {
    if (application != null) {
      application.stop();
      application = null;
      applicationUrl = null;
    }
  }

  private static URL startApplication(Path war) {
    int port = Ports.freeLoopbackPort();
    Path root = buildDir().resolve("shared-micro").toAbsolutePath();
    Path log = applicationLog();
    List<String> command = microCommand(applicationOptions, port, root, war, null);
    try {
      // a runtime directory of an earlier run would start its deployment first, before the WAR as
      // built replaces it
      deleteRecursively(root);
      Files.createDirectories(root);
      application = ManagedProcess.start("Payara Micro", command, log, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return awaitReady(application, port, log);
  }

  /**
   * Waits until the Payara Micro {@code server} listening on {@code port} serves the application
   * and is ready, and answers its address; fails when it stops meanwhile or is not ready after 10
   * minutes.
   */
  public static URL awaitReady(ManagedProcess server, int port, Path log) {
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    int status;
    try {
      // the health endpoints answer before the application has finished deploying, and a page
      // asked for meanwhile fails: wait for the home page itself, then for readiness, before any
      // test starts; the application starts empty (the tests about the demo program seed it
      // first, see DemoProgramSeeded)
      status =
          HttpProbe.awaitStatus(base, 200, Duration.ofMinutes(4), server::requireAlive)
              .map(HttpResponse::statusCode)
              .orElse(-1);
      if (status == 200) {
        status =
            HttpProbe.awaitStatus(
                    base.resolve("health/ready"), 200, Duration.ofMinutes(10), server::requireAlive)
                .map(HttpResponse::statusCode)
                .orElse(-1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Payara Micro started", e);
    }
    if (status != 200) {
      throw new IllegalStateException("Payara Micro not ready after 10 minutes, see " + log);
    }
    try {
      return base.toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Starts one more Payara Micro serving the WAR as built with {@code jvmOptions} only, none of the
   * shared application's, its output in {@code log}: for a test of how a deployment starts, or
   * refuses to. The caller stops it.
   */
  public static ManagedProcess startApplication(List<String> jvmOptions, Path log) {
    Path root;
    try {
      root = Files.createTempDirectory(buildDir(), "micro-").toAbsolutePath();
      Files.deleteIfExists(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command =
        microCommand(jvmOptions, Ports.freeLoopbackPort(), root, builtWar(), null);
    try {
      return ManagedProcess.start("Payara Micro", command, log, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts one more Payara Micro as {@code node} of a cluster, serving the WAR as built on a
   * loopback {@code port} with the shared application's settings (the same PostgreSQL, Keycloak,
   * anchor directory and timer pace), its output in {@code log}; the shared application itself
   * stays a single node and is not disturbed. The caller waits for it ({@link #awaitReady}) and
   * stops it.
   */
  public static ManagedProcess startClusterNode(ClusterNode node, int port, Path log) {
    if (applicationOptions == null) {
      throw new IllegalStateException("integration environment not started (mentoring.it unset)");
    }
    Path root;
    try {
      root = Files.createTempDirectory(buildDir(), node.name() + "-").toAbsolutePath();
      Files.deleteIfExists(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> jvmOptions = new ArrayList<>(applicationOptions);
    jvmOptions.addAll(node.jvmOptions());
    List<String> command = microCommand(jvmOptions, port, root, builtWar(), node);
    try {
      return ManagedProcess.start("Payara Micro " + node.name(), command, log, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The command that starts a Payara Micro serving {@code war} on a loopback {@code port}: a single
   * node when {@code node} is null, else that node of a cluster.
   */
  private static List<String> microCommand(
      List<String> jvmOptions, int port, Path root, Path war, ClusterNode node) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(System.getProperty("payara.microJar"));
    Path preBootCommands;
    if (node == null) {
      command.add("--nocluster");
      preBootCommands = configDir().resolve("payara-micro/pre-boot-commands.asadmin");
    } else {
      command.addAll(node.arguments());
      preBootCommands = ClusterNode.preBootCommands(configDir());
    }
    command.addAll(
        List.of(
            "--port",
            String.valueOf(port),
            "--contextroot",
            "/",
            "--prebootcommandfile",
            preBootCommands.toAbsolutePath().toString(),
            "--rootdir",
            root.toString(),
            "--deploy",
            war.toString()));
    return command;
  }

  /** The shared application's server log, for a test of what the server writes there. */
  public static Path applicationLog() {
    return buildDir().resolve("shared-micro.log").toAbsolutePath();
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    Browser.quitAll();
    stop();
  }

  /** Stops whatever of the application, Keycloak and PostgreSQL runs; PostgreSQL's data stays. */
  public static synchronized void stop() {
    if (portal != null) {
      portal.close();
      portal = null;
    }
    if (application != null) {
      application.stop();
      application = null;
      applicationUrl = null;
    }
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
