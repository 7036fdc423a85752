package com.srm.mentoring.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server's used heap while the load runs, read from its own MicroProfile Metrics endpoint every
 * few seconds: the base metric {@code memory.usedHeap}, which MicroProfile Metrics 5 writes as
 * {@code memory_usedHeap_bytes{mp_scope="base"}} on {@code /metrics}, where an operator's
 * monitoring reads it too. Used heap is a saw: it climbs with every request and drops at each
 * collection, so each minute is told by its lowest reading, close to what survives collection, and
 * by its last.
 */
final class HeapSampler implements AutoCloseable {

  /** As MicroProfile Metrics 5 names it; before version 5 the scope was a prefix, {@code base_}. */
  static final List<String> METRIC = List.of("memory_usedHeap_bytes", "base_memory_usedHeap_bytes");

  static final Duration EVERY = Duration.ofSeconds(5);

  /**
   * One minute of the run: its lowest and its last reading, in bytes; the run's end cuts the last
   * minute short, when it is not whole.
   */
  record Minute(int minute, long lowest, long last, boolean whole, long afterCollection) {

    /** A minute read without a full collection at its end. */
    Minute(int minute, long lowest, long last, boolean whole) {
      this(minute, lowest, last, whole, -1);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI metrics;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "heap-sampler");
            thread.setDaemon(true);
            return thread;
          });
  private final int node;
  private final Runnable fullCollection;
  private final List<Minute> minutes = new ArrayList<>();
  private final long started = System.nanoTime();
  private long lowest = Long.MAX_VALUE;
  private long last = -1;
  private int minute;

  /** Samples the server at {@code base}, the {@code node}th of the run's nodes, counted from 1. */
  HeapSampler(URI base, int node, long pid) {
    this.metrics = base.resolve("metrics");
    this.node = node;
    this.fullCollection = () -> collect(pid);
  }

  /**
   * Has the server collect its whole heap, as {@code jcmd <pid> GC.run} does: what is used after it
   * is what the server holds on to. The lowest reading of a minute alone cannot tell that, since a
   * young collection leaves whatever reached the old generation, live or not, until the collector's
   * next marking cycle, which a heap of a few gigabytes may not start for a long time.
   */
  private static void collect(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process run =
          new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.run")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!run.waitFor(60, TimeUnit.SECONDS)) {
        run.destroyForcibly();
      }
    } catch (IOException e) {
      System.out.println("Node: no full collection asked for: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void start() {
    timer.scheduleAtFixedRate(this::sample, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  private synchronized void sample() {
    int now = (int) ((System.nanoTime() - started) / Duration.ofMinutes(1).toNanos());
    if (now > minute) {
      closeMinute(true);
      minute = now;
    }
    OptionalLong used = read();
    if (used.isPresent()) {
      lowest = Math.min(lowest, used.getAsLong());
      last = used.getAsLong();
    }
  }

  private void closeMinute(boolean whole) {
    if (last < 0) {
      return;
    }
    long afterCollection = -1;
    if (whole) {
      fullCollection.run();
      afterCollection = read().orElse(-1);
    }
    Minute done = new Minute(minute + 1, lowest, last, whole, afterCollection);
    minutes.add(done);
    System.out.println("Node " + node + ": " + line(done));
    lowest = Long.MAX_VALUE;
    last = -1;
  }

  static String line(Minute m) {
    return String.format(
        Locale.ROOT,
        "Server heap, minute %d%s: lowest %.0f MiB, last %.0f MiB%s",
        m.minute(),
        m.whole() ? "" : " (cut short by the run's end)",
        m.lowest() / 1048576.0,
        m.last() / 1048576.0,
        m.afterCollection() < 0
            ? ""
            : String.format(
                Locale.ROOT,
                ", after a full collection %.0f MiB",
                m.afterCollection() / 1048576.0));
  }

  private OptionalLong read() {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(metrics)
                  .header("Accept", "text/plain")
                  .timeout(Duration.ofSeconds(10))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? parse(response.body()) : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalLong.empty();
    }
  }

  /** The metric's value, in the Prometheus text format: {@code name{labels} value}. */
  private static OptionalLong parse(String body) {
    return body.lines()
        .filter(line -> METRIC.stream().anyMatch(name -> line.startsWith(name + "{")))
        .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst();
  }

  /** Stops sampling and writes the minutes where the report after the run reads them. */
  @Override
  public synchronized void close() {
    timer.shutdownNow();
    closeMinute(false);
    try {
      Files.write(
          file(node),
          minutes.stream()
              .map(
                  m ->
                      m.minute()
                          + " "
                          + m.lowest()
                          + " "
                          + m.last()
                          + " "
                          + m.whole()
                          + " "
                          + m.afterCollection())
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The minutes {@link #close()} wrote for the {@code node} of the last run; none if it read
   * nothing.
   */
  static List<Minute> written(int node) throws IOException {
    if (!Files.exists(file(node))) {
      return List.of();
    }
    return Files.readAllLines(file(node)).stream()
        .filter(line -> !line.isBlank())
        .map(line -> line.trim().split(" "))
        .map(
            f ->
                new Minute(
                    Integer.parseInt(f[0]),
                    Long.parseLong(f[1]),
                    Long.parseLong(f[2]),
                    Boolean.parseBoolean(f[3]),
                    f.length > 4 ? Long.parseLong(f[4]) : -1))
        .toList();
  }

  /** Where the last run's minutes of a node are kept, next to Gatling's reports, one per line. */
  static Path file(int node) {
    return Path.of(
        System.getProperty("mentoring.build.dir", "target"), "gatling", "heap-" + node + ".txt");
  }
}
