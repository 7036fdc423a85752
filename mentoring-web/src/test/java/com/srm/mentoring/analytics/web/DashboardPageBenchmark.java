package com.srm.mentoring.analytics.web;

import static com.srm.mentoring.testsupport.BenchmarkRun.deleteTree;
import static com.srm.mentoring.testsupport.BenchmarkRun.print;
import static com.srm.mentoring.testsupport.BenchmarkRun.secondsSince;

import com.srm.mentoring.analytics.control.DashboardVolume;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.PostgresServer;
import com.srm.mentoring.testsupport.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;

/**
 * Time to first byte of HR's program dashboard over HTTP, on the volume the dashboard's query
 * benchmark seeds, with the whole application started as for the integration tests: a real
 * PostgreSQL, Keycloak with the test realm and Payara Micro serving the WAR as built, all on
 * 127.0.0.1; only without the demo program, into whose cohorts the seeding would spill, and with
 * the product's pace of background work. Next to it, in the same rounds, a static stylesheet the
 * same server sends, as the floor of what any answer costs there. Not a test: {@code mvn -B
 * -Pbenchmark -pl mentoring-web -am package -DskipTests -Djacoco.skip=true}.
 */
public final class DashboardPageBenchmark {

  static final int WARM_UP = 3;
  static final int ROUNDS = 10;
  static final String HR = "hana";
  static final String PAGE = "hr/analytics.xhtml";
  static final String STATIC = "resources/css/mentoring.css";

  /** The cohort whose own view is measured: the first the seeding makes. */
  static final String ONE_COHORT = "Benchmark 001";

  private DashboardPageBenchmark() {}

  /** One address measured, with what its answer must show to be the one meant. */
  private record Target(String label, URI uri, List<String> mustShow) {}

  /** The times of one target, in milliseconds. */
  private record Times(List<Double> firstByte, List<Double> whole, List<Integer> sizes) {
    Times() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
  }

  public static void main(String[] args) throws Exception {
    Stream.of("org.flywaydb", "org.hibernate", "com.srm.mentoring", "org.openqa.selenium")
        .map(Logger::getLogger)
        .forEach(logger -> logger.setLevel(Level.WARNING));
    // Ctrl-C ends Maven's JVM: the servers this run started go with it, not left behind
    Thread stopOnExit = new Thread(IntegrationEnvironment::stop, "benchmark-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      long started = System.nanoTime();
      IntegrationEnvironment.startForBenchmark();
      // the application migrates the schema while it deploys, and is ready only after that
      URL base = IntegrationEnvironment.application();
      print("Started PostgreSQL, Keycloak and Payara Micro in %.1f s", secondsSince(started));
      run(base);
    } finally {
      // also after a start that failed half-way: whatever did start is stopped and removed
      Path postgresData = ifStarted(IntegrationEnvironment::postgresData);
      Path anchors = ifStarted(IntegrationEnvironment::anchorDir);
      IntegrationEnvironment.stop();
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
      if (postgresData != null) {
        // a million answers are some hundred megabytes: nothing another run could use
        deleteTree(postgresData);
      }
      if (anchors != null) {
        deleteTree(anchors);
      }
    }
  }

  private static Path ifStarted(Supplier<Path> directory) {
    try {
      return directory.get();
    } catch (IllegalStateException notStarted) {
      return null;
    }
  }

  private static void run(URL base) throws Exception {
    PostgresServer postgres = IntegrationEnvironment.postgres();
    long started = System.nanoTime();
    // as the schema's owner, so that the seeding's closing VACUUM ANALYZE gives the planner the
    // volume's statistics from the first request on, as autovacuum would in production
    DashboardVolume.seed(postgres.ownerDataSource(PostgresServer.DATABASE));
    double seeded = secondsSince(started);
    String cohortId = cohortId(postgres);
    print(
        "Dashboard page benchmark: %d cohorts, %,d pairings, %,d sessions, %,d answers, seeded in"
            + " %.1f s; %d processors",
        DashboardVolume.COHORTS,
        DashboardVolume.PAIRINGS,
        DashboardVolume.SESSIONS,
        DashboardVolume.ANSWERS,
        seeded,
        Runtime.getRuntime().availableProcessors());

    // the dashboard's figures are program activity: HR reads them only under a signed charter, as
    // hana has in the demo program, which this empty application lacks
    CharterSigning.signCurrent(new Api(base), Tokens.of(HR));
    String cookie = signIn(base);
    URI root = URI.create(base.toString());
    String lastCohort = "Benchmark %03d".formatted(DashboardVolume.COHORTS);
    List<Target> targets =
        List.of(
            new Target(
                "Static stylesheet (GET /" + STATIC + "), the baseline",
                root.resolve(STATIC),
                List.of(".site-header")),
            new Target(
                "HR's dashboard, all cohorts (GET /" + PAGE + ")",
                root.resolve(PAGE),
                // the page's heading, HR's choice of every cohort, and the volume in its rows
                List.of("<h1>Program dashboard</h1>", "All cohorts", ">" + lastCohort + "<")),
            new Target(
                "HR's dashboard, one cohort (GET /" + PAGE + "?cohort=...)",
                root.resolve(PAGE + "?cohort=" + cohortId),
                List.of(
                    "<h1>Program dashboard</h1>",
                    "value=\"" + cohortId + "\" selected=\"selected\">" + ONE_COHORT + "<")));

    HttpClient http =
        HttpClient.newBuilder()
            // plain HTTP/1.1 as a browser speaks it to this server, with no attempt to upgrade
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    List<Times> times = targets.stream().map(target -> new Times()).toList();
    // what else ran on the machine meanwhile, which the numbers cannot tell apart from their own
    String loadBefore = loadAverage();
    for (int round = 0; round < WARM_UP + ROUNDS; round++) {
      // interleaved, so that whatever else the machine does meanwhile touches all alike
      for (int i = 0; i < targets.size(); i++) {
        fetch(http, targets.get(i), cookie, round < WARM_UP ? new Times() : times.get(i));
      }
    }
    print(
        "Time to first byte over %d rounds after %d warm-up rounds, interleaved; median (min-max);"
            + " load average before %s, after %s:",
        ROUNDS, WARM_UP, loadBefore, loadAverage());
    double baseline = median(times.get(0).firstByte());
    for (int i = 0; i < targets.size(); i++) {
      Times t = times.get(i);
      print(
          "%s: first byte %.1f ms (%.1f-%.1f), whole answer %.1f ms, %,d bytes; ratio to the"
              + " baseline %.1f",
          targets.get(i).label(),
          median(t.firstByte()),
          min(t.firstByte()),
          max(t.firstByte()),
          median(t.whole()),
          t.sizes().get(0),
          median(t.firstByte()) / baseline);
    }
  }

  /** The id of the one cohort measured on its own, straight from the database. */
  private static String cohortId(PostgresServer postgres) throws SQLException {
    try (Connection c = postgres.applicationDataSource(PostgresServer.DATABASE).getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id FROM cohort WHERE name = '" + ONE_COHORT + "'")) {
      if (!r.next()) {
        throw new IllegalStateException("the seeding made no cohort " + ONE_COHORT);
      }
      return r.getString(1);
    }
  }

  /**
   * Signs HR in for real, through Keycloak's form in a headless Chromium, on the dashboard itself;
   * answers the session cookie, and closes the browser so that it costs nothing while measured.
   */
  private static String signIn(URL base) {
    try (Browser browser = Browser.open()) {
      browser.go(base + PAGE);
      browser.signInAs(HR);
      // the first, cold rendering over the volume may take longer than a browser test waits
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (browser.findAll(By.id("participation-heading")).isEmpty()) {
        if (System.nanoTime() > deadline) {
          String shown = browser.pageSource();
          throw new IllegalStateException(
              "after signing in as "
                  + HR
                  + ", no dashboard at "
                  + browser.currentUrl()
                  + ": "
                  + shown.substring(0, Math.min(1000, shown.length())));
        }
      }
      return browser.sessionCookie();
    }
  }

  /**
   * One GET; the first byte is the first byte of the body, read as soon as it arrives, then the
   * rest is read to the end. An answer that is not the page asked for ends the run: a time of an
   * error page or a redirect to the sign-in would be worthless.
   */
  private static void fetch(HttpClient http, Target target, String cookie, Times times)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(target.uri())
            .header("Cookie", cookie)
            .header("Accept-Language", "en")
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    long sent = System.nanoTime();
    HttpResponse<InputStream> response =
        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    byte[] body;
    long firstByte;
    try (InputStream in = response.body()) {
      int first = in.read();
      firstByte = System.nanoTime();
      byte[] rest = in.readAllBytes();
      body = new byte[first < 0 ? 0 : 1 + rest.length];
      if (first >= 0) {
        body[0] = (byte) first;
        System.arraycopy(rest, 0, body, 1, rest.length);
      }
    }
    long whole = System.nanoTime();
    String text = new String(body, StandardCharsets.UTF_8);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          target.label()
              + " answered "
              + response.statusCode()
              + " "
              + response.headers().firstValue("Location").orElse("")
              + ": "
              + text.substring(0, Math.min(500, text.length())));
    }
    for (String expected : target.mustShow()) {
      if (!text.contains(expected)) {
        throw new IllegalStateException(
            target.label()
                + " answered 200 without \""
                + expected
                + "\": "
                + text.substring(0, Math.min(500, text.length())));
      }
    }
    times.firstByte().add((firstByte - sent) / 1e6);
    times.whole().add((whole - sent) / 1e6);
    times.sizes().add(body.length);
  }

  /** The last minute's load average of the machine, where the system tells it. */
  private static String loadAverage() {
    Path loadavg = Path.of("/proc/loadavg");
    try {
      return Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "unknown";
    } catch (IOException e) {
      return "unknown";
    }
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
  }
}
