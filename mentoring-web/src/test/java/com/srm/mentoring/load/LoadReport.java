package com.srm.mentoring.load;

import static com.srm.mentoring.testsupport.BenchmarkRun.print;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints the last load run's figures after Gatling has written its report: per step the requests,
 * errors and the median, p95 and p99 response times, each step's p95 as a multiple of the static
 * file's in the same run, the server's heap minute by minute, and where the run stands against the
 * goals (no errors, every step's p95 at most 300 ms, a heap that stops growing). It reads the
 * statistics Gatling's HTML report shows ({@code js/stats.js} of the newest run), whose first four
 * percentiles the benchmark profile sets to 50, 95, 99 and 99.9. Reports; asserts nothing.
 */
public final class LoadReport {

  static final double GOAL_P95_MS = 300;

  private LoadReport() {}

  /** One step's figures, times in milliseconds. */
  record Step(String name, long requests, long errors, long p50, long p95, long p99) {

    double errorRate() {
      return requests == 0 ? 0 : 100.0 * errors / requests;
    }
  }

  public static void main(String[] args) throws IOException {
    Path results = Path.of(System.getProperty("mentoring.build.dir", "target"), "gatling");
    Path run = newestRun(results);
    List<Step> steps = steps(Files.readString(run.resolve("js/stats.js")));
    Step all = steps.get(0);
    Step baseline =
        steps.stream()
            .filter(s -> s.name().equals(SignedInCrowdSimulation.STATIC_STEP))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no static file step in " + run));
    print("");
    print("Load run %s (HTML report: %s)", run.getFileName(), run.resolve("index.html"));
    print(
        "%-52s %8s %7s %7s %7s %7s %7s %9s",
        "step", "requests", "errors", "err %", "p50 ms", "p95 ms", "p99 ms", "p95/static");
    for (Step step : steps) {
      print(
          "%-52s %8d %7d %7.2f %7d %7d %7d %9.1f",
          step.name(),
          step.requests(),
          step.errors(),
          step.errorRate(),
          step.p50(),
          step.p95(),
          step.p99(),
          baseline.p95() == 0 ? Double.NaN : (double) step.p95() / baseline.p95());
    }
    int nodes = Integer.getInteger("load.nodes", 1);
    List<List<HeapSampler.Minute>> heaps = new ArrayList<>();
    for (int node = 1; node <= nodes; node++) {
      List<HeapSampler.Minute> heap = HeapSampler.written(node);
      String prefix = nodes == 1 ? "" : "Node " + node + ": ";
      heap.forEach(minute -> print("%s%s", prefix, HeapSampler.line(minute)));
      heaps.add(heap);
    }
    List<String> slow =
        steps.stream().skip(1).filter(s -> s.p95() > GOAL_P95_MS).map(Step::name).toList();
    print(
        "Goals: 0 errors: %s (%d of %d, %.2f %%); every step's p95 at most %.0f ms: %s",
        all.errors() == 0 ? "met" : "NOT met",
        all.errors(),
        all.requests(),
        all.errorRate(),
        GOAL_P95_MS,
        slow.isEmpty() ? "met" : "NOT met by " + String.join(", ", slow));
    for (int node = 1; node <= nodes; node++) {
      print(
          "%s%s",
          nodes == 1 ? "" : "Node " + node + ": ",
          heapVerdict(heaps.get(node - 1), Integer.getInteger("load.rampMinutes", 2)));
    }
  }

  /**
   * Whether the heap stopped growing: what the server used after a full collection at the end of
   * the last whole minute against the same at the end of the first whole minute after every person
   * has arrived; the difference is what the server held on to under a steady crowd. Without those
   * readings, the lowest reading of each minute is compared instead.
   */
  static String heapVerdict(List<HeapSampler.Minute> heap, int rampMinutes) {
    List<HeapSampler.Minute> whole = heap.stream().filter(HeapSampler.Minute::whole).toList();
    if (whole.size() < rampMinutes + 2) {
      return "Heap: too few whole minutes read from the server's metrics to tell a trend ("
          + whole.size()
          + ", the ramp "
          + rampMinutes
          + ")";
    }
    HeapSampler.Minute settled = whole.get(rampMinutes);
    HeapSampler.Minute last = whole.get(whole.size() - 1);
    if (settled.afterCollection() >= 0 && last.afterCollection() >= 0) {
      return String.format(
          java.util.Locale.ROOT,
          "Heap after a full collection: %.0f MiB at the end of minute %d, once everyone was in;"
              + " %.0f MiB at the end of minute %d, the last whole one: %+.0f MiB under a steady"
              + " crowd",
          settled.afterCollection() / 1048576.0,
          settled.minute(),
          last.afterCollection() / 1048576.0,
          last.minute(),
          (last.afterCollection() - settled.afterCollection()) / 1048576.0);
    }
    return String.format(
        java.util.Locale.ROOT,
        "Heap: lowest reading %.0f MiB in minute %d, once everyone was in; %.0f MiB in minute %d,"
            + " the last whole one: %+.0f MiB under a steady crowd",
        settled.lowest() / 1048576.0,
        settled.minute(),
        last.lowest() / 1048576.0,
        last.minute(),
        (last.lowest() - settled.lowest()) / 1048576.0);
  }

  /** The newest run's directory: Gatling names each after the simulation and its start. */
  private static Path newestRun(Path results) throws IOException {
    try (Stream<Path> runs = Files.list(results)) {
      return runs.filter(p -> Files.exists(p.resolve("js/stats.js")))
          .max(Comparator.comparing(LoadReport::modified))
          .orElseThrow(() -> new IllegalStateException("no Gatling report under " + results));
    }
  }

  private static long modified(Path path) {
    try {
      return Files.getLastModifiedTime(path.resolve("js/stats.js")).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * The statistics objects of {@code stats.js}, all requests first: each a JSON object after a
   * {@code stats:} key of the script.
   */
  static List<Step> steps(String script) {
    List<Step> steps = new ArrayList<>();
    int at = 0;
    while ((at = script.indexOf("stats: {", at)) >= 0) {
      int open = script.indexOf('{', at);
      int close = matching(script, open);
      JsonObject stats =
          Json.createReader(new StringReader(script.substring(open, close + 1))).readObject();
      steps.add(
          new Step(
              stats.getString("name"),
              number(stats, "numberOfRequests", "total"),
              number(stats, "numberOfRequests", "ko"),
              number(stats, "percentiles1", "total"),
              number(stats, "percentiles2", "total"),
              number(stats, "percentiles3", "total")));
      at = close;
    }
    if (steps.isEmpty()) {
      throw new IllegalStateException("no statistics in Gatling's stats.js");
    }
    return steps;
  }

  private static int matching(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("unbalanced statistics in Gatling's stats.js");
  }

  /** Gatling writes its figures as strings, "-" where there is none. */
  private static long number(JsonObject stats, String figure, String of) {
    return Optional.ofNullable(stats.getJsonObject(figure))
        .map(o -> o.get(of))
        .map(v -> v.toString().replace("\"", ""))
        .filter(v -> v.matches("\\d+(\\.\\d+)?"))
        .map(v -> Math.round(Double.parseDouble(v)))
        .orElse(0L);
  }
}
