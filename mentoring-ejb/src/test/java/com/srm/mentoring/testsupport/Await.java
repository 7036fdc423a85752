package com.srm.mentoring.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Waits for a condition the server brings about on its own, such as a release by its timer or a
 * server starting: reads again and again until the read holds, and fails with the last read after a
 * minute. The one place the tests and the run command wait: the pause between reads only spares the
 * server; no test waits for a time to pass.
 */
public final class Await {

  private static final Duration PATIENCE = Duration.ofMinutes(1);
  private static final Duration BETWEEN_READS = Duration.ofMillis(200);

  private Await() {}

  /** The first read that holds. */
  public static <T> T until(Callable<T> read, Predicate<T> holds, String what) throws Exception {
    return until(read, holds, what, PATIENCE);
  }

  /** The first read that holds, for what takes longer than a minute, such as a server starting. */
  public static <T> T until(Callable<T> read, Predicate<T> holds, String what, Duration patience)
      throws Exception {
    return until(read, holds, what, patience, BETWEEN_READS);
  }

  /**
   * The first read that holds, reading no more often than {@code between}: for a read the server
   * counts, such as a request with a token it does not know yet.
   */
  public static <T> T until(
      Callable<T> read, Predicate<T> holds, String what, Duration patience, Duration between)
      throws Exception {
    T value = poll(read, holds, patience, between);
    if (!holds.test(value)) {
      throw new AssertionError(what + " did not happen within " + patience + "; last: " + value);
    }
    return value;
  }

  /**
   * The first read that holds, or the last one once {@code patience} has run out, reading no more
   * often than {@code between}: for a caller that reports the failure itself.
   */
  public static <T> T poll(
      Callable<T> read, Predicate<T> holds, Duration patience, Duration between) throws Exception {
    Instant until = Instant.now().plus(patience);
    T value = read.call();
    while (!holds.test(value) && Instant.now().isBefore(until)) {
      LockSupport.parkNanos(between.toNanos());
      if (Thread.interrupted()) {
        throw new InterruptedException("while waiting for a condition");
      }
      value = read.call();
    }
    return value;
  }
}
