package com.srm.mentoring.earlywarning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.OutsideContainer;
import com.srm.mentoring.testsupport.PostgresServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sweep as several nodes run it on one PostgreSQL: each node's timer fires at about the same
 * moment, each in its own transaction on its own connection. Every warning must be notified exactly
 * once, by whichever node comes first, and none may be lost to the node that gave the round away.
 */
class WarningSweepsAcrossNodesIT {

  static final int NODES = 3;
  static final int ROUNDS = 20;
  static final int PAIRINGS = 2 * ROUNDS;

  /** A Monday morning; round r runs r days later, as a daily sweep would. */
  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  static final Duration QUIET = Duration.ofDays(21);

  static PostgresServer postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = PostgresServer.startTemporary();
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  static Instant round(int r) {
    return START.plus(Duration.ofDays(r));
  }

  /** The control as the container injects it on one node, with the default three quiet weeks. */
  static StandingWarnings standing(EntityManager em) {
    WarningSettings settings = new WarningSettings();
    settings.quietWeeks = 3;
    settings.unansweredAfterDays = 3;
    settings.sweepEverySeconds = 60;
    StandingWarnings standing = new StandingWarnings();
    standing.em = em;
    standing.settings = settings;
    return standing;
  }

  @Test
  void eachWarningIsNotifiedOnceWhicheverNodeSweeps() throws Exception {
    String name = "w" + UUID.randomUUID().toString().substring(0, 8);
    DataSource db = postgres.migratedDatabase(name);
    Seed seed = Seed.into(db);

    List<EntityManagerFactory> nodes = new ArrayList<>();
    ExecutorService timers = Executors.newFixedThreadPool(NODES);
    try {
      for (int n = 0; n < NODES; n++) {
        nodes.add(OutsideContainer.persistenceUnit(db));
      }
      int roundsGivenAway = 0;
      int notified = 0;
      for (int r = 0; r < ROUNDS; r++) {
        seed.beforeRound(db, r);
        Instant now = round(r);
        // all nodes have their transaction open, then fire together
        CyclicBarrier fire = new CyclicBarrier(NODES);
        List<Future<Integer>> answers = new ArrayList<>();
        for (EntityManagerFactory node : nodes) {
          answers.add(timers.submit(() -> sweep(node, fire, now)));
        }
        int newInRound = 0;
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> answer : answers) {
          int result = answer.get(60, TimeUnit.SECONDS);
          results.add(result);
          if (result < 0) {
            roundsGivenAway++;
          } else {
            newInRound += result;
          }
        }
        assertTrue(
            results.stream().anyMatch(result -> result >= 0),
            "some node swept round " + r + ": " + results);
        assertEquals(
            seed.dueIn(r),
            newInRound,
            "round " + r + ": the nodes together notified each new warning once: " + results);
        assertEquals(
            seed.dueIn(r),
            count(db, "SELECT count(*) FROM early_warning WHERE raised_at = ?", now),
            "round " + r + ": the rows written are the warnings that became due");
        notified += newInRound;
      }
      assertTrue(
          roundsGivenAway > 0,
          "at least once a node found another sweeping at the same moment and gave the round away");

      Map<String, Instant> expected = seed.expectedRows();
      Map<String, Instant> rows = rows(db);
      assertEquals(expected, rows, "each standing warning once, raised in the round it fell due");
      assertEquals(
          expected.size() + 1,
          notified,
          "every warning notified once, and the one that went away was not notified again");
    } finally {
      timers.shutdownNow();
      nodes.forEach(EntityManagerFactory::close);
    }
  }

  /** One node's timer: its own entity manager and transaction, committed as the container does. */
  static int sweep(EntityManagerFactory node, CyclicBarrier fire, Instant now) throws Exception {
    EntityManager em = node.createEntityManager();
    try {
      em.getTransaction().begin();
      fire.await(30, TimeUnit.SECONDS);
      int result = standing(em).remember(now);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /**
   * Pairings that fall quiet one after another: pairing i was formed so that it has had no held
   * session for three weeks from round {@code i % ROUNDS} on, two pairings a round. Before round r
   * pairing r also asks for a re-pair, a second signal of its own. Before round 10 the first
   * pairing holds a session, so that its quiet warning goes away and is forgotten.
   */
  record Seed(String facilitator, List<UUID> pairings) {

    static final int HELD_BEFORE = 10;

    static Seed into(DataSource db) throws SQLException {
      String tag = UUID.randomUUID().toString().substring(0, 8);
      String facilitator = person(db, "f-" + tag, "Facilitator " + tag);
      UUID cohort = UUID.randomUUID();
      update(
          db,
          "INSERT INTO cohort (id, name, starts_on, ends_on, state, created_at)"
              + " VALUES (?, ?, DATE '2025-11-01', DATE '2026-06-30', 'ACTIVE', ?)",
          cohort,
          "Nodes " + tag,
          Timestamp.from(START.minus(Duration.ofDays(60))));
      List<UUID> pairings = new ArrayList<>();
      for (int i = 0; i < PAIRINGS; i++) {
        String mentor = person(db, "m" + i + "-" + tag, "Mentor " + i);
        String mentee = person(db, "e" + i + "-" + tag, "Mentee " + i);
        UUID pairing = UUID.randomUUID();
        Instant formed = START.minus(QUIET).plus(Duration.ofDays(i % ROUNDS));
        update(
            db,
            "INSERT INTO pairing (id, cohort_id, mentor_subject, mentee_subject,"
                + " facilitator_subject, state, formed_at) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?)",
            pairing,
            cohort,
            mentor,
            mentee,
            facilitator,
            Timestamp.from(formed));
        pairings.add(pairing);
      }
      return new Seed(facilitator, pairings);
    }

    void beforeRound(DataSource db, int r) throws SQLException {
      update(
          db,
          "UPDATE pairing SET repair_requested_at = ? WHERE id = ?",
          Timestamp.from(round(r).minus(Duration.ofHours(1))),
          pairings.get(r));
      if (r == HELD_BEFORE) {
        update(
            db,
            "INSERT INTO mentoring_session (id, pairing_id, starts_at, state, planned_at)"
                + " VALUES (?, ?, ?, 'HELD', ?)",
            UUID.randomUUID(),
            pairings.get(0),
            Timestamp.from(round(r).minus(Duration.ofDays(1))),
            Timestamp.from(round(r).minus(Duration.ofDays(8))));
      }
    }

    /** Two pairings fall quiet in each round, and one asks for a re-pair. */
    int dueIn(int r) {
      return 3;
    }

    /** pairing/kind to the moment it was raised, as the table should hold after the last round. */
    Map<String, Instant> expectedRows() {
      Map<String, Instant> rows = new HashMap<>();
      for (int i = 0; i < PAIRINGS; i++) {
        if (i != 0) {
          rows.put(pairings.get(i) + "/QUIET", round(i % ROUNDS));
        }
        if (i < ROUNDS) {
          rows.put(pairings.get(i) + "/REPAIR_REQUESTED", round(i));
        }
      }
      return rows;
    }
  }

  static Map<String, Instant> rows(DataSource db) throws SQLException {
    Map<String, Instant> rows = new HashMap<>();
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT pairing_id, kind, raised_at, seen FROM early_warning");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        assertFalse(rs.getBoolean("seen"), "nobody looked yet");
        Instant previous =
            rows.put(
                rs.getObject("pairing_id") + "/" + rs.getString("kind"),
                rs.getTimestamp("raised_at").toInstant());
        assertEquals(null, previous, "a warning written twice");
      }
    }
    return rows;
  }

  static String person(DataSource db, String subject, String displayName) throws SQLException {
    update(
        db,
        "INSERT INTO person (subject, username, display_name, active, changed_at)"
            + " VALUES (?, ?, ?, true, ?)",
        subject,
        subject,
        displayName,
        Timestamp.from(START.minus(Duration.ofDays(90))));
    return subject;
  }

  static long count(DataSource db, String sql, Instant moment) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setTimestamp(1, Timestamp.from(moment));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static void update(DataSource db, String sql, Object... values) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      ps.executeUpdate();
    }
  }
}
