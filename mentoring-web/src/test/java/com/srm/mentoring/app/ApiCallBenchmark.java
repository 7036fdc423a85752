package com.srm.mentoring.app;

import static com.srm.mentoring.testsupport.BenchmarkRun.deleteTree;
import static com.srm.mentoring.testsupport.BenchmarkRun.print;
import static com.srm.mentoring.testsupport.BenchmarkRun.secondsSince;

import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What a bearer token and the access log cost a call, each against a baseline measured in the same
 * run on the same server: a static file with a bearer token against the same file without one, and
 * an audited read against the same read unaudited. The servers are the integration tests' own, all
 * on 127.0.0.1 (PostgreSQL, Keycloak with the test realm, Payara Micro with the WAR as built, one
 * node). 16 clients send requests back to back for a fixed time per round; the four kinds take
 * turns, round after round, so that whatever else the machine does touches all alike. Not a test:
 * {@code mvn -B -Pbenchmark -pl mentoring-web -am package -DskipTests -Djacoco.skip=true
 * -Dbenchmark=api}.
 */
public final class ApiCallBenchmark {

  static final int CLIENTS = 16;
  static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("api.benchmark.warm-up", 5));
  static final Duration ROUND = Duration.ofSeconds(Long.getLong("api.benchmark.round", 4));
  static final int ROUNDS = Integer.getInteger("api.benchmark.rounds", 4);
  static final String HR = "hana";
  static final String STATIC = "resources/css/mentoring.css";

  private ApiCallBenchmark() {}

  /** One kind of call, and what its answer must hold to be the one meant. */
  private record Target(String label, String path, boolean bearer, String mustShow) {}

  /** The calls of one kind over all measured rounds. */
  private static final class Tally {
    long calls;
    double seconds;
    final List<Double> millis = new ArrayList<>();

    double perSecond() {
      return calls / seconds;
    }

    double median() {
      double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return sorted[sorted.length / 2];
    }
  }

  public static void main(String[] args) throws Exception {
    Stream.of("org.flywaydb", "org.hibernate", "com.srm.mentoring")
        .map(Logger::getLogger)
        .forEach(logger -> logger.setLevel(Level.WARNING));
    Thread stopOnExit = new Thread(IntegrationEnvironment::stop, "benchmark-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      long started = System.nanoTime();
      IntegrationEnvironment.startForBenchmark();
      URL base = IntegrationEnvironment.application();
      print("Started PostgreSQL, Keycloak and Payara Micro in %.1f s", secondsSince(started));
      run(URI.create(base.toString()));
    } finally {
      Path postgresData = ifStarted(IntegrationEnvironment::postgresData);
      Path anchors = ifStarted(IntegrationEnvironment::anchorDir);
      IntegrationEnvironment.stop();
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
      if (postgresData != null) {
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

  private static void run(URI root) throws Exception {
    List<Target> targets =
        List.of(
            new Target(
                "Static file without a token (GET /" + STATIC + ")", STATIC, false, ".site-header"),
            new Target(
                "Same static file with HR's bearer token (verified token and person record from"
                    + " the cache; the record's version read once)",
                STATIC,
                true,
                ".site-header"),
            new Target(
                "Audited read: Directory.people, one page of 20, through the boundary (role checks,"
                    + " query, access-log entry naming the rows, committed in a batch with the"
                    + " reads that arrived meanwhile)"
                    + " (GET /api/dev/reads/people/audited)",
                "api/dev/reads/people/audited",
                true,
                "\"" + HR + "\""),
            new Target(
                "Same read unaudited: the same query and the same read of the caller's record,"
                    + " no boundary, no access-log entry (GET /api/dev/reads/people/unaudited)",
                "api/dev/reads/people/unaudited",
                true,
                "\"" + HR + "\""));
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      String loadBefore = loadAverage();
      for (Target target : targets) {
        measure(http, clients, root, target, Tokens.of(HR), WARM_UP, new Tally());
      }
      Tally[] tallies = Stream.generate(Tally::new).limit(targets.size()).toArray(Tally[]::new);
      for (int round = 0; round < ROUNDS; round++) {
        // a fresh token each round: the realm's tokens live five minutes
        String token = Tokens.of(HR);
        for (int i = 0; i < targets.size(); i++) {
          measure(http, clients, root, targets.get(i), token, ROUND, tallies[i]);
        }
      }
      print(
          "API call benchmark: %d clients over loopback, %d rounds of %d s per kind after %d s of"
              + " warm-up each, kinds taking turns; %d processors; load average before %s, after"
              + " %s:",
          CLIENTS,
          ROUNDS,
          ROUND.toSeconds(),
          WARM_UP.toSeconds(),
          Runtime.getRuntime().availableProcessors(),
          loadBefore,
          loadAverage());
      for (int i = 0; i < targets.size(); i++) {
        print(
            "%s: %,.0f calls/s, median %.2f ms (%,d calls)",
            targets.get(i).label(), tallies[i].perSecond(), tallies[i].median(), tallies[i].calls);
      }
      print(
          "Static file with a token / without, calls per second: %.2f (goal: at least 0.5)",
          tallies[1].perSecond() / tallies[0].perSecond());
      print(
          "Audited read / unaudited read, time per call: %.2f by calls per second, %.2f by median"
              + " (goal: at most 1.3)",
          tallies[3].perSecond() / tallies[2].perSecond(),
          tallies[2].median() / tallies[3].median());
    } finally {
      clients.shutdownNow();
    }
  }

  /** {@value #CLIENTS} clients calling back to back until the time is up. */
  private static void measure(
      HttpClient http,
      ExecutorService clients,
      URI root,
      Target target,
      String token,
      Duration time,
      Tally tally)
      throws Exception {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(root.resolve(target.path()))
            .header("Accept-Language", "en")
            .timeout(Duration.ofSeconds(30))
            .GET();
    if (target.bearer()) {
      builder.header("Authorization", "Bearer " + token);
    }
    HttpRequest request = builder.build();
    long started = System.nanoTime();
    long end = started + time.toNanos();
    List<Future<double[]>> running = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      running.add(clients.submit(() -> callUntil(http, request, target, end)));
    }
    for (Future<double[]> client : running) {
      double[] millis = client.get();
      tally.calls += millis.length;
      Arrays.stream(millis).forEach(tally.millis::add);
    }
    tally.seconds += secondsSince(started);
  }

  private static double[] callUntil(HttpClient http, HttpRequest request, Target target, long end)
      throws IOException, InterruptedException {
    double[] millis = new double[1024];
    int n = 0;
    while (System.nanoTime() < end) {
      long sent = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 || !response.body().contains(target.mustShow())) {
        throw new IllegalStateException(
            target.label()
                + " answered "
                + response.statusCode()
                + ": "
                + response.body().substring(0, Math.min(300, response.body().length())));
      }
      if (n == millis.length) {
        millis = Arrays.copyOf(millis, n * 2);
      }
      millis[n++] = (System.nanoTime() - sent) / 1e6;
    }
    return Arrays.copyOf(millis, n);
  }

  private static String loadAverage() {
    Path loadavg = Path.of("/proc/loadavg");
    try {
      return Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "unknown";
    } catch (IOException e) {
      return "unknown";
    }
  }
}
