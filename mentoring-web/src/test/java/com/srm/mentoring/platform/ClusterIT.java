package com.srm.mentoring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.ClusterNode;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.ManagedProcess;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.Ports;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;

/**
 * Two more Payara Micro nodes, joined in a data grid on loopback, on the test run's PostgreSQL and
 * Keycloak: what people and operators rely on when the product runs on several nodes. A browser
 * session goes on on the other node; writers on both nodes keep the access log one unbroken chain;
 * a round both nodes run at once does its work once; a node killed mid-write loses nothing it
 * confirmed. The shared application stays a single node and is not part of the cluster.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class ClusterIT {

  /** What a node's start-up report says when it found the other. */
  private static final String GRID_OF_TWO = "DG Size: 2";

  private static final List<ManagedProcess> NODES = new ArrayList<>();
  private static ManagedProcess nodeA;
  private static ManagedProcess nodeB;
  private static URL a;
  private static URL b;
  private static Path logA;
  private static Path logB;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    List<ClusterNode> cluster =
        ClusterNode.of(
            "mentoring-it-" + UUID.randomUUID(),
            "it-node",
            List.of(Ports.freeLoopbackPort(), Ports.freeLoopbackPort()));
    int portA = Ports.freeLoopbackPort();
    int portB = Ports.freeLoopbackPort();
    Path logs = IntegrationEnvironment.applicationLog().getParent();
    logA = logs.resolve("cluster-node-1.log");
    logB = logs.resolve("cluster-node-2.log");
    nodeA = IntegrationEnvironment.startClusterNode(cluster.get(0), portA, logA);
    NODES.add(nodeA);
    nodeB = IntegrationEnvironment.startClusterNode(cluster.get(1), portB, logB);
    NODES.add(nodeB);
    a = IntegrationEnvironment.awaitReady(nodeA, portA, logA);
    b = IntegrationEnvironment.awaitReady(nodeB, portB, logB);
    // both ready does not yet mean one data grid: a node tells the grid's size once started,
    // and the later of the two has seen the other
    Await.until(
        () ->
            Files.readString(logA).contains(GRID_OF_TWO)
                || Files.readString(logB).contains(GRID_OF_TWO),
        formed -> formed,
        "a data grid of the two nodes",
        Duration.ofMinutes(1));
  }

  @AfterAll
  static void stopTheNodes() {
    NODES.forEach(ManagedProcess::stop);
  }

  @Test
  @Order(1)
  void aPersonSignedInOnOneNodeGoesOnWithTheSameSessionOnTheOther() throws Exception {
    String person = NewPeople.create("cluster", "employee");
    try (Browser browser = Browser.open()) {
      browser.go(a + "me.xhtml");
      browser.signInAs(person);
      browser.find(By.id("signed-in-name"));
      browser.go(a + "me.xhtml");
      assertEquals("Test cluster", browser.find(By.id("signed-in-name")).getText());
      // the application's cookies as the browser sends them; none of Keycloak's, which could sign
      // the person in again unseen
      String cookie = browser.cookies();
      assertTrue(cookie.contains("JSESSIONID="), cookie);
      HttpResponse<String> onB = page(b, "me.xhtml", cookie);
      assertEquals(
          200, onB.statusCode(), "node B knows the session " + cookie + ": " + onB.headers().map());
      assertTrue(onB.body().contains("Test cluster"), onB.body());
      assertTrue(onB.body().contains("id=\"display-name\""), onB.body());

      // signing out on B signs the browser out on A too: A sends it to Keycloak, which asks for
      // the password again
      browser.go(b + "me.xhtml");
      assertEquals("Test cluster", browser.find(By.id("signed-in-name")).getText());
      browser.find(By.id("sign-out")).click();
      browser.find(By.id("sign-in"));
      assertTrue(browser.currentUrl().startsWith(b.toExternalForm()), browser.currentUrl());
      browser.go(a + "me.xhtml");
      assertTrue(browser.find(By.id("username")).isDisplayed(), browser.pageSource());
    }
  }

  @Test
  @Order(2)
  void writersOnBothNodesKeepTheAccessLogOneGaplessChain() throws Exception {
    Api apiA = new Api(a);
    Api apiB = new Api(b);
    Program program = Program.on(apiA);
    String concern = program.raised(apiA, "Read on both nodes");
    long before = readsOf(concern, program.reporter);

    int writersPerNode = 4;
    int callsPerWriter = 25;
    AtomicInteger answered = new AtomicInteger();
    List<Callable<Void>> writers = new ArrayList<>();
    for (Api api : List.of(apiA, apiB)) {
      for (int i = 0; i < writersPerNode; i++) {
        writers.add(
            () -> {
              for (int call = 0; call < callsPerWriter; call++) {
                HttpResponse<String> read = api.get("concerns/" + concern, program.reporterToken);
                assertEquals(200, read.statusCode(), read.body());
                answered.incrementAndGet();
              }
              return null;
            });
      }
    }
    allAtOnce(writers);

    assertEquals(writersPerNode * callsPerWriter * 2, answered.get());
    assertEquals(
        before + answered.get(),
        readsOf(concern, program.reporter),
        "every read logged, each once");
    assertEquals(
        0,
        PulseProgram.count(
            "SELECT count(*) FROM access_log l JOIN access_log p ON p.sequence = l.sequence - 1"
                + " WHERE l.prev_hash <> p.hash"),
        "each entry chained to the one before it");
    assertEquals(
        PulseProgram.count("SELECT count(*) FROM access_log"),
        PulseProgram.count("SELECT max(sequence) - min(sequence) + 1 FROM access_log"),
        "no sequence number skipped or taken twice");
    String auditor = Program.tokenOfAuditor(apiA);
    for (Api api : List.of(apiA, apiB)) {
      HttpResponse<String> verification = api.get("audit/verification", auditor);
      assertEquals(200, verification.statusCode(), verification.body());
      JsonObject result = Api.json(verification).asJsonObject();
      assertEquals(JsonValue.TRUE, result.get("ok"), result.toString());
    }
  }

  @Test
  @Order(3)
  void aRoundBothNodesRunAtTheSameMomentDoesEachDueItemOnce() throws Exception {
    Api apiA = new Api(a);
    Api apiB = new Api(b);
    Program program = Program.on(apiA);
    // check-in requests, which the escalation sweep opens as concerns: one per pairing
    List<UUID> pairings = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      // a cohort each: a person mentors and is mentored in one active pairing of a cohort
      UUID cohort = Program.cohort(program.people);
      UUID pairing = program.people.pairing(cohort, "jun", program.reporter, "farid");
      PulseProgram.update(
          "INSERT INTO pulse_check_in (id, person_subject, cohort_id, pairing_id, requested_on)"
              + " VALUES (?, ?, ?, ?, ?)",
          UUID.randomUUID(),
          program.people.subject(program.reporter),
          cohort,
          pairing,
          LocalDate.now());
      pairings.add(pairing);
    }
    String token = program.reporterToken;
    List<Callable<Void>> rounds = new ArrayList<>();
    for (Api api : List.of(apiA, apiB, apiA, apiB)) {
      rounds.add(
          () -> {
            HttpResponse<String> done = api.post("dev/rounds/escalation-sweep", token, "{}");
            assertEquals(204, done.statusCode(), done.body());
            return null;
          });
    }
    allAtOnce(rounds);

    for (UUID pairing : pairings) {
      assertEquals(
          1,
          PulseProgram.count("SELECT count(*) FROM concern WHERE pairing_id = ?", pairing),
          "the check-in of pairing " + pairing + " opened as one concern");
      assertEquals(
          0,
          PulseProgram.count(
              "SELECT count(*) FROM pulse_check_in WHERE pairing_id = ? AND NOT opened", pairing));
    }
  }

  @Test
  @Order(4)
  void aNodeKilledWhileBothTakeWritesLosesNoWriteItConfirmed() throws Exception {
    Api apiA = new Api(a);
    Api apiB = new Api(b);
    Program program = Program.on(apiA);
    Set<String> confirmedA = ConcurrentHashMap.newKeySet();
    Set<String> confirmedB = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicBoolean killed = new AtomicBoolean();
    Set<String> refused = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        writers.add(
            pool.submit(
                () -> write(program, apiA, confirmedA, refused, new AtomicBoolean(), stop)));
        writers.add(pool.submit(() -> write(program, apiB, confirmedB, refused, killed, stop)));
      }
      Await.until(
          () -> refused.isEmpty() ? confirmedB.size() : -1,
          n -> n < 0 || n >= 10,
          "writes confirmed by node B");
      assertEquals(Set.of(), refused, "writes refused before the kill");
      killed.set(true);
      nodeB.kill();
      int confirmedOnAAtKill = confirmedA.size();
      Await.until(
          () -> refused.isEmpty() ? confirmedA.size() : -1,
          n -> n < 0 || n >= confirmedOnAAtKill + 10,
          "node A goes on confirming writes after B is gone",
          Duration.ofMinutes(2));
      stop.set(true);
      for (Future<?> writer : writers) {
        writer.get(2, TimeUnit.MINUTES);
      }
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }

    assertEquals(Set.of(), refused, "the surviving node refused no write");
    Set<String> confirmed = ConcurrentHashMap.newKeySet();
    confirmed.addAll(confirmedA);
    confirmed.addAll(confirmedB);
    for (String id : confirmed) {
      assertEquals(
          1,
          PulseProgram.count("SELECT count(*) FROM concern WHERE id = ?", UUID.fromString(id)),
          "confirmed concern " + id + " is stored");
    }
    for (String id : confirmedB) {
      HttpResponse<String> read = apiA.get("concerns/" + id, program.reporterToken);
      assertEquals(200, read.statusCode(), "node A reads what B confirmed: " + id);
    }
  }

  /**
   * Raises concerns on one node until told to stop or the node is gone; a 201 is a confirmed write,
   * its id kept, any other answer goes to {@code refused}, unless the node is being {@code killed}.
   */
  private static Void write(
      Program program,
      Api api,
      Set<String> confirmed,
      Set<String> refused,
      AtomicBoolean killed,
      AtomicBoolean stop) {
    while (!stop.get()) {
      HttpResponse<String> raised;
      try {
        raised = api.post("concerns", program.reporterToken, program.concern("Kept"));
      } catch (IOException gone) {
        // a node that is gone answers nothing, and nothing unanswered was confirmed
        if (api.base().equals(a)) {
          refused.add("node A did not answer: " + gone);
        }
        return null;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      if (raised.statusCode() == 201) {
        confirmed.add(Api.json(raised).asJsonObject().getString("id"));
      } else if (!killed.get()) {
        refused.add(api.base() + ": " + raised.statusCode() + " " + raised.body());
      }
    }
    return null;
  }

  /** Runs the tasks at once, on a thread each, and fails with the first that failed. */
  private static void allAtOnce(List<Callable<Void>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Void>> running = new ArrayList<>();
      for (Callable<Void> task : tasks) {
        running.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      for (Future<Void> task : running) {
        task.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static long readsOf(String concern, String reader) throws Exception {
    return PulseProgram.count(
        "SELECT count(*) FROM access_log WHERE record_id = ? AND username = ?"
            + " AND outcome = 'GRANTED'",
        concern,
        reader);
  }

  private static HttpResponse<String> page(URL node, String path, String cookie)
      throws IOException, InterruptedException {
    return HttpProbe.send(
        HttpRequest.newBuilder(URI.create(node + path)).header("Cookie", cookie).GET());
  }

  /** A cohort facilitated by farid, a new employee who raises concerns, and a pairing of theirs. */
  private static final class Program {

    final PulseProgram people;
    final UUID cohort;
    final String reporter;
    final String reporterToken;
    final UUID pairing;

    private Program(PulseProgram people, UUID cohort, String reporter) throws Exception {
      this.people = people;
      this.cohort = cohort;
      this.reporter = reporter;
      this.reporterToken = people.token(reporter);
      this.pairing = people.pairing(cohort, "jun", reporter, "farid");
    }

    static Program on(Api api) throws Exception {
      PulseProgram people = new PulseProgram(api);
      return new Program(people, cohort(people), NewPeople.create("cluster", "employee"));
    }

    /** An active cohort farid facilitates, with farid and erin to read its concerns. */
    static UUID cohort(PulseProgram people) throws Exception {
      UUID cohort = people.cohort(5, "farid");
      for (String contact : List.of("farid", "erin")) {
        PulseProgram.update(
            "INSERT INTO cohort_escalation_contact (cohort_id, subject) VALUES (?, ?)",
            cohort,
            people.subject(contact));
      }
      return cohort;
    }

    static String tokenOfAuditor(Api api) throws Exception {
      return new PulseProgram(api).token("audrey");
    }

    String concern(String title) {
      return """
          {"pairing": "%s", "title": "%s", "description": "It does not feel safe to speak up.",
           "excluded": []}"""
          .formatted(pairing, title);
    }

    String raised(Api api, String title) throws Exception {
      HttpResponse<String> created = api.post("concerns", reporterToken, concern(title));
      assertEquals(201, created.statusCode(), created.body());
      return Api.json(created).asJsonObject().getString("id");
    }
  }
}
