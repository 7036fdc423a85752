package com.srm.mentoring.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.audit.entity.AccessEvent;
import com.srm.mentoring.audit.entity.Outcome;
import com.srm.mentoring.audit.entity.Verification;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.OutsideContainer;
import com.srm.mentoring.testsupport.PostgresServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads' entries written in batches ({@link GroupCommit}) on real PostgreSQL: each caller returns
 * only once its own entry is committed, the entries form one chain, fewer transactions than entries
 * are used, and a batch that fails fails every caller in it.
 */
class GroupCommitIT {

  static final int CALLERS = 16;
  static final int READS_EACH = 25;

  static PostgresServer postgres;

  @TempDir Path anchorDir;

  @BeforeAll
  static void startPostgres() {
    Logger.getLogger(AccessLogWriter.class.getName()).setLevel(Level.WARNING);
    Logger.getLogger(AnchorFile.class.getName()).setLevel(Level.OFF);
    postgres = PostgresServer.startTemporary();
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  static String freshDatabase() {
    String name = "g" + UUID.randomUUID().toString().substring(0, 8);
    postgres.migratedDatabase(name);
    return name;
  }

  static AccessEvent read(String requestId) {
    return new AccessEvent(
        Instant.now(),
        "sub-" + requestId,
        "user-" + requestId,
        "read",
        "concern",
        requestId,
        Outcome.GRANTED,
        "127.0.0.1",
        requestId);
  }

  /**
   * Writes each batch in one resource-local transaction, as {@link BatchAppends} does in the
   * container; the first batch waits until the other callers are queued, so that the second batch
   * surely holds them all.
   */
  static final class Batches {
    final EntityManagerFactory emf;
    final AnchorFile anchors;
    final AtomicInteger transactions = new AtomicInteger();
    final AtomicBoolean first = new AtomicBoolean(true);
    GroupCommit commits;

    Batches(EntityManagerFactory emf, AnchorFile anchors) {
      this.emf = emf;
      this.anchors = anchors;
      this.commits = new GroupCommit(GroupCommit.MAX_BATCH, this::write);
    }

    void write(List<AccessEvent> events) {
      if (first.getAndSet(false)) {
        try {
          Await.until(commits::waiting, n -> n >= CALLERS - 1, "the other callers queued");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      transactions.incrementAndGet();
      // sealed every four entries: seals fall inside batches, and are anchored after their commit
      AccessLogWriter writer = new AccessLogWriter(AccessLogIT.EVERY_FOUR, anchors);
      EntityManager em = emf.createEntityManager();
      try {
        em.getTransaction().begin();
        writer.appendAll(em, events);
        em.getTransaction().commit();
      } finally {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        em.close();
      }
    }
  }

  @Test
  void sixteenReadersAtOnceReturnOnlyOnceTheirEntryIsCommittedAndShareCommits() throws Exception {
    DataSource db = postgres.applicationDataSource(freshDatabase());
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(db);
    AnchorFile anchors = AnchorFile.in(anchorDir);
    Batches batches = new Batches(emf, anchors);
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int c = 0; c < CALLERS; c++) {
        int caller = c;
        done.add(
            callers.submit(
                () -> {
                  int seen = 0;
                  try (Connection other = db.getConnection()) {
                    for (int i = 0; i < READS_EACH; i++) {
                      String requestId = "r" + caller + "-" + i;
                      batches.commits.append(read(requestId));
                      // committed at return: another connection sees it at once
                      seen += count(other, requestId);
                    }
                  }
                  return seen;
                }));
      }
      for (Future<Integer> caller : done) {
        assertEquals(READS_EACH, caller.get(2, TimeUnit.MINUTES));
      }
      int entries = CALLERS * READS_EACH;
      Verification verification = AccessLogIT.verify(db, anchors, Optional.empty());
      assertTrue(verification.ok(), verification.toString());
      assertEquals(entries, verification.entries());
      assertEquals(397L, verification.anchorSequence(), "the last seal, anchored");
      try (Connection c = db.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT count(*), count(DISTINCT xmin::text),"
                      + " (SELECT max(n) FROM (SELECT count(*) n FROM access_log"
                      + " GROUP BY xmin::text) per)"
                      + " FROM access_log")) {
        rs.next();
        assertEquals(entries, rs.getInt(1));
        int commits = rs.getInt(2);
        assertEquals(batches.transactions.get(), commits, "one transaction per batch");
        assertTrue(commits < entries, commits + " commits for " + entries + " entries");
        assertTrue(rs.getInt(3) >= CALLERS - 1, "the second batch holds every waiting caller");
      }
    } finally {
      callers.shutdownNow();
      emf.close();
    }
  }

  @Test
  void aBatchThatCannotBeWrittenFailsEveryCallerInItAndTheNextOneWorks() throws Exception {
    DataSource db = postgres.applicationDataSource(freshDatabase());
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(db);
    // a directory where the anchor file should be: not writable, even for a test running as root
    Path file = anchorDir.resolve(AnchorFile.FILE_NAME);
    Files.createDirectory(file);
    Batches batches = new Batches(emf, AnchorFile.in(anchorDir));
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < CALLERS; c++) {
        String requestId = "r" + c;
        done.add(callers.submit(() -> batches.commits.append(read(requestId))));
      }
      for (Future<?> caller : done) {
        ExecutionException failed =
            assertThrows(ExecutionException.class, () -> caller.get(2, TimeUnit.MINUTES));
        Refusal refusal = assertInstanceOf(Refusal.class, failed.getCause());
        assertEquals(Refusal.Kind.UNAVAILABLE, refusal.kind());
      }
      assertEquals(2, batches.transactions.get(), "the lone leader's batch, then the others'");
      try (Connection c = db.getConnection()) {
        assertEquals(0, countAll(c));
      }
      // writable again: the next caller leads and is written
      Files.delete(file);
      callers.submit(() -> batches.commits.append(read("after"))).get(2, TimeUnit.MINUTES);
      try (Connection c = db.getConnection()) {
        assertEquals(1, count(c, "after"));
        assertEquals(1, countAll(c));
      }
      assertEquals(0, batches.commits.waiting());
    } finally {
      callers.shutdownNow();
      emf.close();
    }
  }

  static int count(Connection c, String requestId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT count(*) FROM access_log WHERE request_id = ?")) {
      ps.setString(1, requestId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  static int countAll(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM access_log")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
