package com.srm.mentoring.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.audit.entity.AccessEvent;
import com.srm.mentoring.audit.entity.Outcome;
import com.srm.mentoring.testsupport.Await;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** How {@link GroupCommit} forms batches and passes the lead on, without a database. */
class GroupCommitTest {

  static AccessEvent event(String requestId) {
    return new AccessEvent(
        Instant.now(),
        null,
        "someone",
        "read",
        "concern",
        requestId,
        Outcome.GRANTED,
        null,
        requestId);
  }

  record Batch(String writtenBy, List<String> requestIds) {}

  @Test
  void aLoneCallerWritesItsOwnEntryAndGetsTheFailure() {
    List<Batch> batches = new ArrayList<>();
    GroupCommit commits =
        new GroupCommit(
            10,
            events ->
                batches.add(
                    new Batch(
                        Thread.currentThread().getName(),
                        events.stream().map(AccessEvent::requestId).toList())));
    commits.append(event("one"));
    assertEquals(List.of("one"), batches.get(0).requestIds());

    IllegalStateException broken = new IllegalStateException("no database");
    GroupCommit failing =
        new GroupCommit(
            10,
            events -> {
              throw broken;
            });
    assertSame(broken, assertThrows(IllegalStateException.class, () -> failing.append(event("x"))));
    assertEquals(0, failing.waiting());
    // the failure did not keep the lead: the next caller leads again
    assertSame(broken, assertThrows(IllegalStateException.class, () -> failing.append(event("y"))));
  }

  @Test
  void eachLeaderWritesOneCappedBatchThatBeginsWithItsOwnEntry() throws Exception {
    int callers = 9;
    List<Batch> batches = new CopyOnWriteArrayList<>();
    AtomicBoolean first = new AtomicBoolean(true);
    GroupCommit[] commits = new GroupCommit[1];
    commits[0] =
        new GroupCommit(
            3,
            events -> {
              if (first.getAndSet(false)) {
                try {
                  Await.until(commits[0]::waiting, n -> n == callers - 1, "everyone queued");
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }
              batches.add(
                  new Batch(
                      Thread.currentThread().getName(),
                      events.stream().map(AccessEvent::requestId).toList()));
            });
    ExecutorService threads = Executors.newFixedThreadPool(callers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < callers; c++) {
        String requestId = "r" + c;
        done.add(
            threads.submit(
                () -> {
                  Thread.currentThread().setName(requestId);
                  commits[0].append(event(requestId));
                }));
      }
      for (Future<?> caller : done) {
        caller.get(1, TimeUnit.MINUTES);
      }
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    } finally {
      threads.shutdownNow();
    }
    // the lone first leader, then the eight that queued meanwhile, at most three at a time
    assertEquals(1, batches.get(0).requestIds().size());
    Set<String> written = new HashSet<>();
    Set<String> leaders = new HashSet<>();
    for (Batch batch : batches) {
      assertTrue(batch.requestIds().size() <= 3, batch.toString());
      assertEquals(batch.writtenBy(), batch.requestIds().get(0), "led by its first: " + batch);
      assertTrue(leaders.add(batch.writtenBy()), "nobody leads twice: " + batches);
      for (String id : batch.requestIds()) {
        assertTrue(written.add(id), "written once: " + id);
      }
    }
    assertEquals(callers, written.size());
    assertEquals(4, batches.size(), batches.toString());
    assertEquals(0, commits[0].waiting());
  }
}
