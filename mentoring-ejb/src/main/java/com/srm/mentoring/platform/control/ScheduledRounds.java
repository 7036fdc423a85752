package com.srm.mentoring.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What this node's timers did: every round's run and failure, counted in the metrics ({@value
 * #RUNS} and {@value #FAILURES}, tagged with the round's name), and how many times in a row each
 * round failed last, for the health check that names a round that keeps failing. A failure is
 * logged with its stack trace: a round that fails every minute must tell the operator why.
 */
@ApplicationScoped
public class ScheduledRounds {

  /** Metric: rounds run, per round. */
  public static final String RUNS = "srm_round_runs";

  /** Metric: rounds failed, per round. */
  public static final String FAILURES = "srm_round_failures";

  private static final Logger LOG = Logger.getLogger(ScheduledRounds.class.getName());

  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "mentoring.rounds.unhealthy-after-failures", defaultValue = "5")
  int unhealthyAfter;

  private final Map<String, State> states = new ConcurrentHashMap<>();

  /** One round's standing: how many times in a row it failed, and the last failure. */
  public record State(int failuresInARow, Instant lastRun, String lastFailure) {}

  /**
   * Runs one round's work and records how it went. A failure is recorded and ends there, never
   * thrown out of the timer's timeout: the container cancels an interval timer whose timeout fails
   * again on redelivery, so one database or directory outage would end the round until a restart.
   * The next round tries again instead.
   */
  public void run(String round, Runnable work) {
    try {
      work.run();
      succeeded(round);
    } catch (RuntimeException e) {
      failed(round, e);
    }
  }

  /** Records a round that did its work. */
  private void succeeded(String round) {
    metrics.counter(RUNS, new Tag("round", round)).inc();
    states.put(round, new State(0, Instant.now(), null));
  }

  /** Records a failed round and logs why, with the stack trace. */
  private void failed(String round, Throwable failure) {
    metrics.counter(RUNS, new Tag("round", round)).inc();
    metrics.counter(FAILURES, new Tag("round", round)).inc();
    State state =
        states.merge(
            round,
            new State(1, Instant.now(), failure.toString()),
            (old, now) -> new State(old.failuresInARow() + 1, now.lastRun(), now.lastFailure()));
    LOG.log(
        Level.WARNING,
        "Round "
            + round
            + " failed ("
            + state.failuresInARow()
            + " time(s) in a row); the next round tries again",
        failure);
  }

  /** Each round that ran on this node since it started, by name. */
  public Map<String, State> states() {
    return new TreeMap<>(states);
  }

  /** How many failures in a row make a round unhealthy (at least 1). */
  public int unhealthyAfter() {
    return Math.max(1, unhealthyAfter);
  }
}
