package com.srm.mentoring.devserver;

import com.srm.mentoring.demo.DemoSeeding;
import com.srm.mentoring.testsupport.ClusterNode;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.KeycloakServer;
import com.srm.mentoring.testsupport.ManagedProcess;
import com.srm.mentoring.testsupport.PortalExample;
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
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The run command: a real PostgreSQL kept under the data directory, Keycloak with the demo realm,
 * and Payara Micro serving the WAR on 127.0.0.1: one node, or several joined in a data grid on
 * loopback, all on the same database and Keycloak. Stays in the foreground; Ctrl-C stops everything
 * it started.
 *
 * <p>Settings (system properties): {@code mentoring.data.dir}, {@code mentoring.http.port} (default
 * 8080; further nodes on the ports after it), {@code mentoring.db.port} (default 15432), {@code
 * mentoring.nodes} (default 1, at most {@value #MAX_NODES}), {@code mentoring.cluster.port} (the
 * first node's data-grid port, default 6900; further nodes on the ports after it), {@code
 * mentoring.mail.smtp-port} and {@code mentoring.mail.web-port} (the dev mailbox, default 2525 and
 * 8025), {@code mentoring.portal.port} (the example portal page, default {@value
 * PortalExample#DEV_PORT}).
 */
public final class DevServer {

  /** As many nodes as the demo realm has sign-in addresses for: 8080 to 8082. */
  static final int MAX_NODES = 3;

  /** The demo realm's client of the pages, which the browser returns to after signing in. */
  private static final String WEB_CLIENT = "mentoring-web";

  private final Path dataDir = Path.of(System.getProperty("mentoring.data.dir", "target/dev-data"));
  private final int httpPort = Integer.getInteger("mentoring.http.port", 8080);
  private final int dbPort = Integer.getInteger("mentoring.db.port", 15432);
  private final int keycloakPort = Integer.getInteger("mentoring.keycloak.port", 8180);
  private final int nodes = Integer.getInteger("mentoring.nodes", 1);
  private final int clusterPort = Integer.getInteger("mentoring.cluster.port", 6900);
  private final int mailSmtpPort = Integer.getInteger("mentoring.mail.smtp-port", 2525);
  private final int mailWebPort = Integer.getInteger("mentoring.mail.web-port", 8025);
  private final int portalPort =
      Integer.getInteger("mentoring.portal.port", PortalExample.DEV_PORT);
  private final List<ManagedProcess> processes = new ArrayList<>();
  private PostgresServer postgres;
  private KeycloakServer keycloak;
  private DevMailbox mailbox;
  private PortalExample portal;

  /** Set once Ctrl-C stops the processes, which then end as asked to. */
  private volatile boolean stopping;

  public static void main(String[] args) throws Exception {
    DevServer server = new DevServer();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mentoring-stop"));
    server.start();
    server.awaitExit();
  }

  void start() throws IOException, InterruptedException {
    if (nodes < 1 || nodes > MAX_NODES) {
      throw new IllegalArgumentException(
          "mentoring.nodes must be 1 to " + MAX_NODES + ", not " + nodes);
    }
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
    mailbox = DevMailbox.start(mailSmtpPort, mailWebPort);
    say(
        "Started the dev mailbox: SMTP on 127.0.0.1:"
            + mailbox.smtpPort()
            + ", read at "
            + mailbox.address());
    Map<String, String> settings = new LinkedHashMap<>(postgres.applicationSettings());
    settings.put("mentoring.identity.keycloak-url", keycloak.baseUrl());
    // the demo secrets are allowed here and only here; the anchors live beside the data
    settings.put("mentoring.dev", "true");
    settings.put(
        "mentoring.audit.anchor.dir", dataDir.resolve("anchors").toAbsolutePath().toString());
    // every e-mail goes to the dev mailbox, within seconds, linking to the node that sent it
    settings.put("mentoring.escalation.smtp-host", "127.0.0.1");
    settings.put("mentoring.escalation.smtp-port", String.valueOf(mailbox.smtpPort()));
    settings.put("mentoring.escalation.mail-every-seconds", "5");
    // the example portal's page calls the API from its own origin
    settings.put("mentoring.http.cors-origins", portalOrigin());
    allowThePortal();
    if (nodes > 1) {
      allowSignInOnEveryNode();
    }
    List<String> addresses = new ArrayList<>();
    if (nodes == 1) {
      addresses.add(startNode(settings, null, httpPort));
    } else {
      List<Integer> dataGridPorts = new ArrayList<>();
      for (int i = 0; i < nodes; i++) {
        dataGridPorts.add(clusterPort + i);
      }
      List<ClusterNode> cluster = ClusterNode.of("mentoring-dev", "node", dataGridPorts);
      for (int i = 0; i < nodes; i++) {
        addresses.add(startNode(settings, cluster.get(i), httpPort + i));
      }
    }
    say("Waiting until the application is ready");
    for (String address : addresses) {
      waitUntilReady(URI.create(address), Duration.ofMinutes(5));
      waitUntilReady(URI.create(address + "health/ready"), Duration.ofMinutes(5));
    }
    seedDemoProgram(addresses.get(0));
    try {
      portal =
          PortalExample.start(
              portalPort,
              Path.of(required("mentoring.config.dir"), "portal-example").toAbsolutePath(),
              keycloak.baseUrl(),
              URI.create(addresses.get(0)));
    } catch (java.io.UncheckedIOException busy) {
      // the product runs all the same; only the example is missing
      say("Example portal not started: " + busy.getMessage());
    }
    say("");
    if (nodes == 1) {
      say("Safe Reverse Mentoring is running: open " + addresses.get(0));
    } else {
      say("Safe Reverse Mentoring is running on " + nodes + " nodes, one session on any of them:");
      for (int i = 0; i < nodes; i++) {
        say("  node-" + (i + 1) + ": " + addresses.get(i));
      }
    }
    say("Sign in with a demo account (password: demo):");
    say(
        "  hana (HR): the cohorts and their figures; jun, sam (employees): a pairing with history;");
    say(
        "  farid (facilitator), erin (escalation contact): an open concern; audrey (auditor): the log.");
    if (portal != null) {
      say(
          "Example corporate portal (sign-in, charter status and signing over the API): "
              + portal.address());
    }
    say("E-mails the application sends (concern notices): " + mailbox.address());
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

  /**
   * Starts one Payara Micro on {@code port}: the single node when {@code node} is null, else that
   * node of the cluster, with a runtime directory and a log of its own. Answers its address.
   */
  private String startNode(Map<String, String> settings, ClusterNode node, int port)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    // each node's own address, as people open it: sign-in returns there, e-mails link to it
    command.add("-Dmentoring.http.public-base-url=http://127.0.0.1:" + port + "/");
    String suffix = node == null ? "" : "-" + node.name();
    Path preBootCommands;
    if (node == null) {
      command.addAll(List.of("-jar", required("payara.microJar"), "--nocluster"));
      preBootCommands =
          Path.of(required("mentoring.config.dir"), "payara-micro", "pre-boot-commands.asadmin");
    } else {
      command.addAll(node.jvmOptions());
      command.addAll(List.of("-jar", required("payara.microJar")));
      command.addAll(node.arguments());
      preBootCommands = ClusterNode.preBootCommands(Path.of(required("mentoring.config.dir")));
    }
    command.addAll(
        List.of(
            "--port",
            String.valueOf(port),
            "--contextroot",
            "/",
            "--prebootcommandfile",
            preBootCommands.toString(),
            "--rootdir",
            dataDir.resolve("payara-micro" + suffix).toAbsolutePath().toString(),
            "--deploy",
            required("mentoring.war")));
    Files.createDirectories(dataDir);
    Path log = dataDir.resolve("payara-micro" + suffix + ".log");
    say(
        "Starting Payara Micro"
            + (node == null ? "" : " " + node.name())
            + " on 127.0.0.1:"
            + port
            + (node == null ? "" : ", data grid on 127.0.0.1:" + node.dataGridPort())
            + " (log: "
            + log
            + ")");
    processes.add(
        ManagedProcess.start(
            "Payara Micro" + (node == null ? "" : " " + node.name()), command, log, Map.of()));
    return "http://127.0.0.1:" + port + "/";
  }

  /**
   * A realm imported before the demo realm listed the further nodes' ports is kept as it was:
   * Keycloak would refuse to send a browser back to them after sign-in. Adds what is missing.
   */
  private void allowSignInOnEveryNode() {
    try (Keycloak admin = admin()) {
      var clients = admin.realm(KeycloakServer.REALM).clients();
      ClientRepresentation web = clients.findByClientId(WEB_CLIENT).get(0);
      List<String> allowed = new ArrayList<>(web.getRedirectUris());
      for (int i = 0; i < nodes; i++) {
        for (String host : List.of("127.0.0.1", "localhost")) {
          String address = "http://" + host + ":" + (httpPort + i) + "/*";
          if (!allowed.contains(address)) {
            allowed.add(address);
          }
        }
      }
      if (!allowed.equals(web.getRedirectUris())) {
        say("Allowing sign-in on every node's address in Keycloak");
        web.setRedirectUris(allowed);
        clients.get(web.getId()).update(web);
      }
    }
  }

  private String portalOrigin() {
    return "http://127.0.0.1:" + portalPort;
  }

  /**
   * The example portal signs people in with the realm's public API client, by the authorization
   * code flow with PKCE, and returns to its own origin. A realm imported before the demo realm
   * allowed that is kept as it was: adds what is missing.
   */
  private void allowThePortal() {
    try (Keycloak admin = admin()) {
      var clients = admin.realm(KeycloakServer.REALM).clients();
      ClientRepresentation client = clients.findByClientId(PortalExample.CLIENT).get(0);
      List<String> redirects = new ArrayList<>(orNone(client.getRedirectUris()));
      List<String> origins = new ArrayList<>(orNone(client.getWebOrigins()));
      Map<String, String> attributes =
          new LinkedHashMap<>(client.getAttributes() == null ? Map.of() : client.getAttributes());
      boolean changed = !Boolean.TRUE.equals(client.isStandardFlowEnabled());
      if (!redirects.contains(portalOrigin() + "/*")) {
        redirects.add(portalOrigin() + "/*");
        changed = true;
      }
      if (!origins.contains(portalOrigin())) {
        origins.add(portalOrigin());
        changed = true;
      }
      if (!"S256".equals(attributes.put("pkce.code.challenge.method", "S256"))) {
        changed = true;
      }
      if (changed) {
        say("Letting the example portal sign people in at Keycloak");
        client.setStandardFlowEnabled(true);
        client.setRedirectUris(redirects);
        client.setWebOrigins(origins);
        client.setAttributes(attributes);
        clients.get(client.getId()).update(client);
      }
    }
  }

  private static List<String> orNone(List<String> values) {
    return values == null ? List.of() : values;
  }

  private Keycloak admin() {
    return KeycloakBuilder.builder()
        .serverUrl(keycloak.baseUrl())
        .realm("master")
        .clientId("admin-cli")
        .username(KeycloakServer.ADMIN)
        .password(KeycloakServer.ADMIN_PASSWORD)
        .build();
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
    if (portal != null) {
      portal.close();
      portal = null;
    }
    if (mailbox != null) {
      mailbox.close();
      mailbox = null;
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
