package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.AccessEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Writes the entries of reads that arrive together in one transaction: group commit, done in the
 * application.
 *
 * <p>Why: every append takes the chain's advisory lock, and PostgreSQL holds it until the
 * transaction ends, commit and WAL flush included. Appends therefore commit strictly one after
 * another, and PostgreSQL can never flush several of them with one write, as it does for
 * independent commits. Making each append cheaper hardly helps, since the queue is made of commits;
 * only fewer commits do. So the entries that queue up while one transaction holds the lock are
 * written by the next transaction all at once: one lock, one read of the head, one commit for all
 * of them.
 *
 * <p>How, with no thread of its own: a caller hands over its complete event and waits. The first
 * caller that finds no batch being written becomes the leader: it takes every event queued (its own
 * first, then those that came while the previous batch was written, at most {@link #maxBatch}, in
 * the order they came), has them written in one transaction, and then wakes every caller of the
 * batch, with the failure if the transaction failed. If more events came meanwhile, it hands the
 * leadership to the first of them, which writes the next batch, and returns: no caller writes for
 * others more than once. A caller returns only once its entry is committed, or throws what made the
 * batch fail, so a read whose entry could not be written is refused as before (fail closed).
 *
 * <p>Batches of different nodes are still ordered by the advisory lock: the chain stays one.
 */
public final class GroupCommit {

  /** Entries written in one transaction at most: bounds how long one commit holds the lock. */
  public static final int MAX_BATCH = 500;

  private final int maxBatch;
  private final Consumer<List<AccessEvent>> writeInOneTransaction;

  /** Events waiting for their batch, in the order they came; guarded by {@code this}. */
  private final ArrayDeque<Waiter> queue = new ArrayDeque<>();

  /** Whether a leader is writing or about to; guarded by {@code this}. */
  private boolean leading;

  /**
   * @param writeInOneTransaction appends the events in the order given, in one transaction of its
   *     own that has committed when it returns; throws when the transaction did not commit
   */
  public GroupCommit(int maxBatch, Consumer<List<AccessEvent>> writeInOneTransaction) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("a batch holds at least one entry");
    }
    this.maxBatch = maxBatch;
    this.writeInOneTransaction = writeInOneTransaction;
  }

  /**
   * Appends the event, in a batch with the events of other callers, and returns once it is
   * committed.
   *
   * @throws RuntimeException what made the batch's transaction fail, for example a {@code Refusal}
   *     of kind {@code UNAVAILABLE} when the anchor file cannot be written
   */
  public void append(AccessEvent event) {
    Waiter me = new Waiter(event);
    boolean lead;
    synchronized (this) {
      queue.add(me);
      lead = !leading;
      leading = true;
    }
    if (!lead && !me.awaitTurn()) {
      return; // a leader wrote the entry
    }
    lead(me);
  }

  /** Events waiting for a leader to take them, for tests. */
  synchronized int waiting() {
    return queue.size();
  }

  /** Writes the batch that begins with the leader's own event, then passes the lead on. */
  private void lead(Waiter me) {
    List<Waiter> batch = new ArrayList<>();
    synchronized (this) {
      while (batch.size() < maxBatch && !queue.isEmpty()) {
        batch.add(queue.poll());
      }
    }
    // the leader is the first in the queue: the first of the batch it writes
    Throwable failure = null;
    try {
      writeInOneTransaction.accept(batch.stream().map(w -> w.event).toList());
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    Waiter next;
    synchronized (this) {
      next = queue.peek();
      leading = next != null;
    }
    if (next != null) {
      next.turn.complete(Boolean.TRUE);
    }
    for (Waiter waiter : batch) {
      if (waiter == me) {
        continue;
      }
      if (failure == null) {
        waiter.turn.complete(Boolean.FALSE);
      } else {
        waiter.turn.completeExceptionally(failure);
      }
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
  }

  /** A caller waiting for its entry to be written, or for its turn to write. */
  private static final class Waiter {

    final AccessEvent event;

    /** True: lead the next batch; false: written; exceptionally: the batch failed. */
    final CompletableFuture<Boolean> turn = new CompletableFuture<>();

    Waiter(AccessEvent event) {
      this.event = event;
    }

    /**
     * Waits, not to be interrupted: a caller that gave up could be handed the lead and leave
     * everyone after it waiting.
     *
     * @return whether the caller leads the next batch
     */
    boolean awaitTurn() {
      try {
        return turn.join();
      } catch (CompletionException failed) {
        Throwable cause = failed.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw failed;
      }
    }
  }
}
