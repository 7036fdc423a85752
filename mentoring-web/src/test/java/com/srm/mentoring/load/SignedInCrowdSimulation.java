package com.srm.mentoring.load;

import static com.srm.mentoring.testsupport.BenchmarkRun.deleteTree;
import static com.srm.mentoring.testsupport.BenchmarkRun.print;
import static com.srm.mentoring.testsupport.BenchmarkRun.secondsSince;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.srm.mentoring.demo.DemoApi;
import com.srm.mentoring.load.Crowd.Person;
import com.srm.mentoring.load.Crowd.Role;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.ClusterNode;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.ManagedProcess;
import com.srm.mentoring.testsupport.Ports;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A crowd of signed-in people using the product at once: each virtual person is a real person of
 * the test realm who has signed the charter, signs in through Keycloak's login form as a browser
 * does (the OpenID Connect code flow, with the application's session cookie from then on), and
 * then, with think time between steps, reads what a person in that role reads. Participants open
 * the home page, answer the micro-questions waiting there about every other time, open their
 * pairings, their pairing's page and the agenda of their next session; HR administrators open the
 * program dashboard, auditors the access log. Everyone also fetches a static stylesheet, the
 * baseline of what any answer costs on this server in the same run.
 *
 * <p>Before the crowd comes, the constructor starts PostgreSQL, Keycloak and Payara Micro as the
 * integration tests do and lays the {@link Crowd}; afterwards everything is stopped. The server's
 * heap is read from its metrics while the crowd runs ({@link HeapSampler}). Sized by {@code
 * load.users}, {@code load.minutes}, {@code load.rampMinutes} and {@code load.thinkSeconds}.
 *
 * <p>With {@code load.nodes} of 2 or more, that many further Payara Micro nodes are started in one
 * data grid on the same PostgreSQL and Keycloak, and each virtual person is given one of them for
 * all of its requests, in turn, as a load balancer with sticky sessions would; the first Payara
 * Micro only lays the crowd. Each node's heap is read and reported.
 */
public class SignedInCrowdSimulation extends Simulation {

  static final int USERS = Integer.getInteger("load.users", 200);
  static final int MINUTES = Integer.getInteger("load.minutes", 10);
  static final int RAMP_MINUTES = Integer.getInteger("load.rampMinutes", 2);
  static final int THINK_SECONDS = Integer.getInteger("load.thinkSeconds", 5);
  static final int NODES = Integer.getInteger("load.nodes", 1);

  /** What a node's start-up report says once the data grid holds this many nodes. */
  private static final String GRID_SIZE = "DG Size: ";

  static final String STATIC = "resources/css/mentoring.css";
  static final String STATIC_STEP = "static file " + STATIC + " (baseline)";

  /** What the home page shows after an answer: the product's own receipt, in English. */
  static final String ANSWER_RECEIVED = "Thank you. Your answer is stored without your name.";

  /** A link only a signed-in person's navigation has. */
  static final String SIGNED_IN = "#nav-my-pairings";

  /**
   * Held, since the logging system keeps loggers only weakly: a logger collected meanwhile would
   * come back with its default level.
   */
  private static final List<Logger> QUIET =
      Stream.of("org.flywaydb", "org.hibernate", "com.srm.mentoring")
          .map(Logger::getLogger)
          .toList();

  private final URI base;
  private final List<ManagedProcess> clusterNodes = new ArrayList<>();
  private final Thread stopOnExit = new Thread(this::stopServers, "load-stop");

  /** Where the crowd goes: the one application, or the nodes of the data grid. */
  private final List<URI> nodes = new ArrayList<>();

  private final List<HeapSampler> heaps = new ArrayList<>();

  public SignedInCrowdSimulation() {
    QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
    // Ctrl-C ends the run's JVM: the servers it started go with it, not left behind
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    long started = System.nanoTime();
    IntegrationEnvironment.startForBenchmark();
    base = URI.create(IntegrationEnvironment.application().toString());
    print("Started PostgreSQL, Keycloak and Payara Micro in %.1f s", secondsSince(started));
    if (NODES > 1) {
      started = System.nanoTime();
      startDataGrid();
      print(
          "Started %d Payara Micro nodes in one data grid in %.1f s: %s; the first Payara Micro"
              + " lays the crowd and takes none of its requests",
          NODES, secondsSince(started), nodes);
    } else {
      nodes.add(base);
    }
    started = System.nanoTime();
    DemoApi api = new DemoApi(base, IntegrationEnvironment.keycloak().issuer());
    // a participant answers about every other round of their steps, which take some 30 s with
    // the default think time: about one answer a minute, so minutes + 2 sessions last the run
    List<Person> crowd = Crowd.make(api, USERS, MINUTES + 2);
    print(
        "Laid a crowd of %d signed-in people (%d participants in %d pairings, %d HR, %d auditors),"
            + " %d held sessions per pairing, in %.1f s; %d processors",
        crowd.size(),
        count(crowd, Role.PARTICIPANT),
        count(crowd, Role.PARTICIPANT) / 2,
        count(crowd, Role.HR),
        count(crowd, Role.AUDITOR),
        MINUTES + 2,
        secondsSince(started),
        Runtime.getRuntime().availableProcessors());
    print(
        "Load: %d people, ramped up over %d min, each for %d min, think time %d s on average",
        crowd.size(), RAMP_MINUTES, MINUTES, THINK_SECONDS);

    HttpProtocolBuilder protocol =
        // with several addresses Gatling gives each virtual person one of them, in turn, for all
        // of its requests: sticky sessions, as a load balancer in front of the nodes would keep
        http.baseUrls(nodes.stream().map(URI::toString).toList())
            .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
            .acceptLanguageHeader("en")
            .userAgentHeader("Mozilla/5.0 (load test)")
            // every fetch of the stylesheet reaches the server: it is the baseline, not a cache hit
            .disableCaching();
    List<PopulationBuilder> populations = new ArrayList<>();
    populations.add(
        participant(people(crowd, Role.PARTICIPANT)).injectOpen(ramp(crowd, Role.PARTICIPANT)));
    populations.add(hr(people(crowd, Role.HR)).injectOpen(ramp(crowd, Role.HR)));
    populations.add(auditor(people(crowd, Role.AUDITOR)).injectOpen(ramp(crowd, Role.AUDITOR)));
    setUp(populations).protocols(protocol);
  }

  private static long count(List<Person> crowd, Role role) {
    return crowd.stream().filter(p -> p.role() == role).count();
  }

  private static OpenInjectionStep ramp(List<Person> crowd, Role role) {
    return rampUsers((int) count(crowd, role)).during(Duration.ofMinutes(RAMP_MINUTES));
  }

  /** The people of one role, each the virtual person of one, once. */
  private static Iterator<Map<String, Object>> people(List<Person> crowd, Role role) {
    return crowd.stream().filter(p -> p.role() == role).map(Person::asRecord).iterator();
  }

  private static ScenarioBuilder participant(Iterator<Map<String, Object>> people) {
    return scenario("Participants")
        .feed(people)
        .exec(signIn("program/mine.xhtml", "#my-pairings"))
        .during(Duration.ofMinutes(MINUTES))
        .on(
            exec(session -> session.removeAll("pulseSession", "pulseAction", "viewState"))
                .exec(
                    http("home page")
                        .get("index.xhtml")
                        .check(
                            status().is(200),
                            css(SIGNED_IN).exists(),
                            css("input[name='pulse-form:session']", "value")
                                .optional()
                                .saveAs("pulseSession"),
                            css("#pulse-form", "action").optional().saveAs("pulseAction"),
                            css("#pulse-form input[name='jakarta.faces.ViewState']", "value")
                                .optional()
                                .saveAs("viewState")))
                .exec(think())
                .doIf(
                    session ->
                        session.contains("pulseSession")
                            && ThreadLocalRandom.current().nextBoolean())
                .then(exec(answer()).exec(think()))
                .exec(page("my pairings", "program/mine.xhtml", "#my-pairings"))
                .exec(think())
                .exec(page("a pairing page", "program/pairing.xhtml?id=#{pairing}", "#pairing"))
                .exec(think())
                .exec(page("the agenda", "program/session.xhtml?id=#{nextSession}", "#agenda"))
                .exec(think())
                .exec(staticFile())
                .exec(think()));
  }

  private static ScenarioBuilder hr(Iterator<Map<String, Object>> people) {
    return reader(
        people,
        "HR administrators",
        "HR's dashboard",
        "hr/analytics.xhtml",
        "#participation-heading");
  }

  private static ScenarioBuilder auditor(Iterator<Map<String, Object>> people) {
    return reader(
        people, "Auditors", "the auditor's log", "audit/log.xhtml", "#verification-heading");
  }

  /** Someone who signs in on their page, then goes back and forth between it and the home page. */
  private static ScenarioBuilder reader(
      Iterator<Map<String, Object>> people, String name, String step, String path, String mark) {
    return scenario(name)
        .feed(people)
        .exec(signIn(path, mark))
        .during(Duration.ofMinutes(MINUTES))
        .on(
            exec(page("home page", "index.xhtml", SIGNED_IN))
                .exec(think())
                .exec(page(step, path, mark))
                .exec(think())
                .exec(staticFile())
                .exec(think()));
  }

  /**
   * The code flow as a browser goes through it: the protected page sends the browser to Keycloak,
   * whose login form is filled in and sent; Keycloak sends it back to the application's callback,
   * which sends it on to the page first asked for. Redirects are followed as a browser does, the
   * cookies of both kept per virtual person.
   */
  private static ChainBuilder signIn(String path, String mark) {
    return exec(http("sign-in: page, to Keycloak's form")
            .get(path)
            .check(
                status().is(200),
                css("#kc-form-login", "action")
                    .transform(action -> action.replace("&amp;", "&"))
                    .saveAs("loginAction")))
        .exec(think())
        .exec(
            http("sign-in: Keycloak's form, back on the page")
                .post("#{loginAction}")
                .formParam("username", "#{username}")
                .formParam("password", "demo")
                .formParam("credentialId", "")
                .check(status().is(200), css(mark).exists()));
  }

  /**
   * The home page's form, as its button sends it: the values of the three questions, no check-in.
   */
  private static HttpRequestActionBuilder answer() {
    return http("answering the micro-questions")
        .post("#{pulseAction}")
        .formParam("pulse-form", "pulse-form")
        .formParam("pulse-form:session", "#{pulseSession}")
        .formParam("pulse-form:spokeOpenly", "4")
        .formParam("pulse-form:feltHeard", "5")
        .formParam("pulse-form:wouldRecommend", "4")
        .formParam("pulse-form:answer", "Send my answer")
        .formParam("jakarta.faces.ViewState", "#{viewState}")
        .check(status().is(200), substring(ANSWER_RECEIVED).exists());
  }

  private static HttpRequestActionBuilder page(String step, String path, String mark) {
    return http(step).get(path).check(status().is(200), css(mark).exists());
  }

  private static HttpRequestActionBuilder staticFile() {
    return http(STATIC_STEP)
        .get(STATIC)
        .check(status().is(200), substring(".site-header").exists());
  }

  /** Think time between steps: evenly between half and one and a half times the average. */
  private static ChainBuilder think() {
    long average = Duration.ofSeconds(THINK_SECONDS).toMillis();
    return pause(Duration.ofMillis(average / 2), Duration.ofMillis(average * 3 / 2));
  }

  /**
   * Starts {@link #NODES} more Payara Micro nodes in one data grid on loopback, with the first
   * application's settings (the same PostgreSQL, Keycloak and anchor directory), and waits until
   * they have found each other.
   */
  private void startDataGrid() {
    try {
      formDataGrid();
    } catch (Exception e) {
      throw new IllegalStateException("the data grid did not form: " + e.getMessage(), e);
    }
  }

  private void formDataGrid() throws Exception {
    List<Integer> gridPorts = new ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      gridPorts.add(Ports.freeLoopbackPort());
    }
    List<ClusterNode> grid =
        ClusterNode.of("mentoring-load-" + UUID.randomUUID(), "load-node", gridPorts);
    Path logs = IntegrationEnvironment.applicationLog().getParent();
    List<Integer> ports = new ArrayList<>();
    List<Path> nodeLogs = new ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      int port = Ports.freeLoopbackPort();
      Path log = logs.resolve("load-node-" + (i + 1) + ".log");
      clusterNodes.add(IntegrationEnvironment.startClusterNode(grid.get(i), port, log));
      ports.add(port);
      nodeLogs.add(log);
    }
    for (int i = 0; i < NODES; i++) {
      URL ready =
          IntegrationEnvironment.awaitReady(clusterNodes.get(i), ports.get(i), nodeLogs.get(i));
      nodes.add(URI.create(ready.toString()));
    }
    // ready nodes are not yet one grid: the node that joined last tells the grid's size
    Await.until(
        () -> nodeLogs.stream().anyMatch(log -> read(log).contains(GRID_SIZE + NODES)),
        formed -> formed,
        "a data grid of " + NODES + " nodes",
        Duration.ofMinutes(1));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "";
    }
  }

  /** The data grid's nodes first, then the servers every run starts. */
  private void stopServers() {
    clusterNodes.forEach(ManagedProcess::stop);
    IntegrationEnvironment.stop();
  }

  @Override
  public void before() {
    for (int i = 0; i < nodes.size(); i++) {
      long pid =
          NODES > 1 ? clusterNodes.get(i).pid() : IntegrationEnvironment.applicationProcess().pid();
      HeapSampler heap = new HeapSampler(nodes.get(i), i + 1, pid);
      heap.start();
      heaps.add(heap);
    }
  }

  @Override
  public void after() {
    try {
      heaps.forEach(HeapSampler::close);
    } finally {
      Path postgresData = IntegrationEnvironment.postgresData();
      Path anchors = IntegrationEnvironment.anchorDir();
      stopServers();
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
      deleteTree(postgresData);
      deleteTree(anchors);
    }
  }
}
