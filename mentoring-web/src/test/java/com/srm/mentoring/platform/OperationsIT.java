package com.srm.mentoring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.audit.control.AnchorFile;
import com.srm.mentoring.audit.entity.Anchor;
import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.PostgresServer;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operations and people see from outside: health, pages, and a database outage. */
@ExtendWith(SharedApplication.class)
class OperationsIT {

  @ApplicationUrl URL base;

  @Test
  void readyAndLiveWhileTheDatabaseAnswers() throws Exception {
    HttpResponse<String> ready = get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"name\":\"database\""), ready.body());
    assertEquals(200, get("/health/live").statusCode());
  }

  @Test
  void homePageTellsWhatTheProgramIs() throws Exception {
    HttpResponse<String> home = get("");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("<h1>Reverse mentoring, safely</h1>"), home.body());
    assertTrue(home.body().contains("id=\"active-cohorts\""));
  }

  @Test
  void everyPageNamesTheProductsIconAndTheIconIsServed() throws Exception {
    HttpResponse<String> home = get("");
    Matcher link =
        Pattern.compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"([^\"]+)\"")
            .matcher(home.body());
    assertTrue(link.find(), home.body());
    HttpResponse<String> icon = get(link.group(1));
    assertEquals(200, icon.statusCode());
    assertTrue(
        icon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"),
        icon.headers().map().toString());
    assertTrue(icon.body().contains("<svg"), icon.body());
    assertTrue(get("no-such-page.xhtml").body().contains(link.group(0)), "the error pages too");
  }

  @Test
  void homePageSpeaksGermanWhenAskedTo() throws Exception {
    HttpResponse<String> home =
        HttpProbe.send(HttpRequest.newBuilder(at("")).header("Accept-Language", "de"));
    assertTrue(home.body().contains("<h1>Reverse Mentoring, sicher gestaltet</h1>"), home.body());
  }

  @Test
  void unknownPageAnswersTheNotFoundPage() throws Exception {
    HttpResponse<String> missing = get("no-such-page.xhtml");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("<h1>Not found</h1>"), missing.body());
  }

  @Test
  void templatesAreNotServed() throws Exception {
    HttpResponse<String> template = get("WEB-INF/templates/layout.xhtml");
    assertFalse(template.body().contains("ui:insert"), template.body());
  }

  @Test
  void apiIsDescribedByOpenApi() throws Exception {
    HttpResponse<String> openapi = get("/openapi");
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("Safe Reverse Mentoring API"), openapi.body());
  }

  @Test
  void metricsAreServed() throws Exception {
    HttpResponse<String> metrics = get("/metrics");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("jvm_uptime"), metrics.body());
  }

  @Test
  void expiredPageAsksToOpenItAgain() throws Exception {
    HttpResponse<String> expired =
        HttpProbe.send(
            HttpRequest.newBuilder(at("index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=stale")));
    assertTrue(expired.body().contains("<h1>Page expired</h1>"), expired.body());
    assertFalse(expired.body().contains("ViewExpiredException:"), expired.body());
  }

  @Test
  void databaseOutageIsReportedAndTheApplicationRecovers() throws Exception {
    PostgresServer postgres = IntegrationEnvironment.postgres();
    double sealFailures = sealFailures();
    postgres.stop();
    try {
      // long enough for the access log's seal round to fail twice in a row
      Await.until(
          this::sealFailures,
          failures -> failures >= sealFailures + 2,
          "the access log's seal round failing twice while the database is gone");
      HttpResponse<String> ready = get("/health/ready");
      assertEquals(503, ready.statusCode(), ready.body());
      assertTrue(ready.body().contains("\"status\":\"DOWN\""), ready.body());

      HttpResponse<String> home = get("");
      assertEquals(503, home.statusCode());
      assertTrue(home.body().contains("<h1>Temporarily unavailable</h1>"), home.body());
      assertFalse(home.body().contains("SQLException"), home.body());
      assertFalse(home.body().contains("Caused by"), home.body());
    } finally {
      postgres.start();
    }
    int status =
        HttpProbe.awaitStatus(at("/health/ready"), 200, Duration.ofSeconds(60), () -> {})
            .map(HttpResponse::statusCode)
            .orElse(-1);
    assertEquals(200, status);
    assertEquals(200, get("").statusCode());

    // the rounds that failed while the database was gone run on by themselves: the access log's
    // schedule seals an entry of a quiet log again within its window (a timeout that threw would
    // have had its timer cancelled, and the log would stay unsealed until a restart)
    // (the first read may seal as it is appended, the last seal being old; the second, just after
    // a seal, is left to the schedule)
    String jun = Tokens.of("jun");
    for (int read = 0; read < 2; read++) {
      HttpResponse<String> concerns = new Api(base).get("concerns", jun);
      assertEquals(200, concerns.statusCode(), concerns.body());
    }
    long newest = PulseProgram.count("SELECT max(sequence) FROM access_log");
    AnchorFile anchors = AnchorFile.in(IntegrationEnvironment.anchorDir());
    Await.until(
        () -> anchors.newest().map(Anchor::sequence).orElse(0L),
        anchored -> anchored >= newest,
        "the schedule's seal over entry " + newest + " after the outage");

    // the timers run on too: a new cohort's micro-question answers are released
    PulseProgram program = new PulseProgram(new Api(base));
    UUID cohort = program.cohort(3, "farid");
    String[][] pairs = {{"jun", "victor"}, {"mia", "fiona"}, {"ken", "olga"}};
    for (String[] pair : pairs) {
      UUID pairing = program.pairing(cohort, pair[0], pair[1], "farid");
      UUID session = program.heldSession(pairing, Duration.ofHours(1), pair);
      for (String person : pair) {
        HttpResponse<String> given =
            new Api(base)
                .post(
                    "sessions/" + session + "/answers",
                    program.token(person),
                    PulseProgram.answer(4, 4, 4));
        assertEquals(201, given.statusCode(), given.body());
      }
    }
    PulseProgram.awaitRelease(cohort);
  }

  /**
   * PostgreSQL stopped for a minute while three writers create cohorts: readiness turns DOWN within
   * 5 s, pages and REST calls answer 503 with a clear page and a problem detail, every cohort that
   * was created has its access log entry, the application is ready within 30 s of the database's
   * return and serves again, and the log's chain verifies.
   */
  @Test
  void writersDuringADatabaseOutageNeverLeaveAChangeWithoutItsLogEntry() throws Exception {
    Api api = new Api(base);
    String hana = Tokens.of("hana");
    String audrey = Tokens.of("audrey");
    CharterSigning.signCurrent(api, hana);
    CharterSigning.signCurrent(api, audrey);
    // the cohorts name farid and erin: the program knows a person once they signed in
    for (String named : new String[] {"farid", "erin"}) {
      assertEquals(200, api.get("me", Tokens.of(named)).statusCode(), named);
    }
    String prefix = "Outage " + UUID.randomUUID();
    long logBefore = PulseProgram.count("SELECT coalesce(max(sequence), 0) FROM access_log");
    AtomicBoolean writing = new AtomicBoolean(true);
    Set<String> created = ConcurrentHashMap.newKeySet();
    Set<Integer> statuses = ConcurrentHashMap.newKeySet();
    AtomicInteger attempt = new AtomicInteger();
    AtomicReference<String> unexpected = new AtomicReference<>();
    AtomicReference<String> phase = new AtomicReference<>("before the outage");
    ExecutorService writers = Executors.newFixedThreadPool(3);
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      running.add(
          writers.submit(
              () -> {
                while (writing.get()) {
                  HttpResponse<String> answer =
                      api.post("cohorts", hana, cohort(prefix + " " + attempt.incrementAndGet()));
                  statuses.add(answer.statusCode());
                  if (answer.statusCode() == 201) {
                    created.add(Api.json(answer).asJsonObject().getString("id"));
                  } else if (answer.statusCode() != 503) {
                    unexpected.compareAndSet(
                        null,
                        phase.get()
                            + ": "
                            + answer.statusCode()
                            + " "
                            + answer.body().replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " "));
                  }
                }
                return null;
              }));
    }
    try {
      Await.until(
          created::size, n -> n >= 3 || unexpected.get() != null, "the writers creating cohorts");
      assertNull(unexpected.get());
      PostgresServer postgres = IntegrationEnvironment.postgres();
      phase.set("during the outage");
      postgres.stop();
      long stopped = System.nanoTime();
      try {
        HttpResponse<String> ready =
            Await.until(
                () -> get("/health/ready"),
                r -> r.statusCode() == 503,
                "readiness DOWN within 5 s of the database's stop",
                Duration.ofSeconds(5));
        assertTrue(ready.body().contains("\"database\""), ready.body());
        HttpResponse<String> refused =
            Await.until(
                () -> api.post("cohorts", hana, cohort(prefix + " refused")),
                r -> r.statusCode() == 503,
                "a REST write refused");
        assertTrue(
            refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
            refused.body());
        HttpResponse<String> page = get("");
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("<h1>Temporarily unavailable</h1>"), page.body());
        // the outage lasts a minute, long enough for every pooled connection to have failed
        // and for the writers to have been refused again and again
        Await.until(
            () -> {
              HttpResponse<String> down = get("/health/ready");
              assertEquals(503, down.statusCode(), "DOWN while the database is stopped");
              return Duration.ofNanos(System.nanoTime() - stopped);
            },
            stoppedFor -> stoppedFor.compareTo(OUTAGE) >= 0,
            "the outage's end",
            OUTAGE.plusSeconds(30),
            Duration.ofSeconds(1));
      } finally {
        postgres.start();
      }
      int back =
          HttpProbe.awaitStatus(at("/health/ready"), 200, Duration.ofSeconds(30), () -> {})
              .map(HttpResponse::statusCode)
              .orElse(-1);
      assertEquals(200, back, "ready again within 30 s of the database's return");
      phase.set("after the outage");
      int before = created.size();
      Await.until(
          created::size,
          n -> n > before || unexpected.get() != null,
          "the writers creating cohorts again");
    } finally {
      writing.set(false);
      for (Future<?> writer : running) {
        writer.get();
      }
      writers.shutdown();
    }
    assertNull(unexpected.get(), "every write answered 201 or 503");
    assertTrue(statuses.contains(503), "some writes were refused: " + statuses);
    assertTrue(
        statuses.stream().allMatch(s -> s == 201 || s == 503), "only 201 or 503: " + statuses);
    // every cohort stored, whether its writer heard 201 or not, has its log entry: a creation is
    // logged without an id (there is none before it), so the two are counted, not joined
    long stored = PulseProgram.count("SELECT count(*) FROM cohort WHERE name LIKE ?", prefix + "%");
    long logged =
        PulseProgram.count(
            "SELECT count(*) FROM access_log WHERE sequence > ? AND upper(action) = 'CREATE'"
                + " AND record_type = 'cohort' AND outcome = 'GRANTED' AND username = 'hana'",
            logBefore);
    assertTrue(stored >= created.size(), stored + " stored, " + created.size() + " answered 201");
    assertEquals(stored, logged, "cohorts stored and their log entries");
    for (String id : created) {
      assertEquals(
          1,
          PulseProgram.count("SELECT count(*) FROM cohort WHERE id = ?::uuid", id),
          "cohort " + id + " answered 201 and is stored");
    }
    JsonObject verified = Api.json(api.get("audit/verification", audrey)).asJsonObject();
    assertEquals(JsonValue.TRUE, verified.get("ok"), verified.toString());
  }

  /** How often the access log's seal round has failed, as the metrics count it. */
  private double sealFailures() throws Exception {
    HttpResponse<String> metrics =
        HttpProbe.get(URI.create(base.toExternalForm()).resolve("/metrics"));
    assertEquals(200, metrics.statusCode());
    return RoundsAndMetricsIT.value(metrics.body(), "srm_round_failures", "access-log-seal");
  }

  /** How long the database stays stopped under the writers. */
  private static final Duration OUTAGE = Duration.ofSeconds(60);

  private static String cohort(String name) {
    return """
        {"name": "%s", "startsOn": "2027-03-01", "endsOn": "2027-06-30", "anonymityThreshold": 5,
         "facilitators": ["farid"], "escalationContacts": ["erin"]}"""
        .formatted(name);
  }

  /**
   * A path relative to the application ({@code "x.xhtml"}) or to the server ({@code "/health"}).
   */
  private URI at(String path) {
    return URI.create(base.toExternalForm()).resolve(path);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpProbe.get(at(path));
  }
}
