package com.srm.mentoring.pulse.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.control.SchemaMigration;
import com.srm.mentoring.pulse.entity.CellKey;
import com.srm.mentoring.pulse.entity.Tally;
import com.srm.mentoring.testsupport.OutsideContainer;
import com.srm.mentoring.testsupport.PostgresServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
 * The figures come from {@code pulse_tally}, kept by triggers as answers are released. Whatever
 * writes answers, one by one, in bulk, at the same moment from two nodes, or deletes some, the
 * figures must be exactly those of the answers themselves.
 */
class PulseTallyIT {

  /** The figures straight over every released answer: how they were computed before the tally. */
  static final String OVER_EVERY_ANSWER =
      "SELECT CAST(cohort_id AS text), respondent_role, iso_week, count(*)"
          + figuresOverAnswers()
          + " FROM pulse_answer GROUP BY CUBE (cohort_id, respondent_role, iso_week)";

  static PostgresServer postgres;
  static DataSource db;
  static EntityManagerFactory emf;

  @BeforeAll
  static void start() {
    postgres = PostgresServer.startTemporary();
    String name = "tally" + UUID.randomUUID().toString().substring(0, 8);
    postgres.ensureApplicationDatabase(name);
    SchemaMigration.migrate(postgres.ownerDataSource(name), PostgresServer.USER);
    db = postgres.applicationDataSource(name);
    emf = OutsideContainer.persistenceUnit(db);
  }

  @AfterAll
  static void stop() {
    if (emf != null) {
      emf.close();
    }
    postgres.close();
  }

  @Test
  void theFiguresEqualThoseOfTheAnswersHoweverTheyAreWritten() throws Exception {
    Random random = new Random(20261127);
    List<UUID> cohorts = List.of(cohort(), cohort(), cohort());
    // one answer per statement, as a release writes them
    for (int i = 0; i < 40; i++) {
      answer(cohorts.get(random.nextInt(3)), random);
    }
    assertFiguresEqualTheAnswers();
    // thousands in one statement, as a restore or a data import would
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO pulse_answer (id, cohort_id, respondent_role, iso_week, spoke_openly,"
              + " felt_heard, would_recommend) SELECT gen_random_uuid(), c.id,"
              + " CASE WHEN random() < 0.5 THEN 'MENTOR' ELSE 'MENTEE' END,"
              + " '2026-W' || lpad((1 + floor(random() * 6))::int::text, 2, '0'),"
              + " 1 + floor(random() * 5), 1 + floor(random() * 5), 1 + floor(random() * 5)"
              + " FROM generate_series(1, 3000) g CROSS JOIN (SELECT id FROM cohort) c");
    }
    assertFiguresEqualTheAnswers();
    // erased: the cells shrink, and a cell with no answer left is gone
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "DELETE FROM pulse_answer WHERE cohort_id = '"
              + cohorts.get(0)
              + "' AND spoke_openly = 3");
      s.execute("DELETE FROM pulse_answer WHERE cohort_id = '" + cohorts.get(1) + "'");
    }
    assertFiguresEqualTheAnswers();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM pulse_tally WHERE cohort_id = '" + cohorts.get(1) + "'")) {
      r.next();
      assertEquals(0, r.getLong(1), "a cohort whose answers were all erased keeps no cell");
    }
  }

  @Test
  void twoNodesReleasingIntoOneCellAtOnceLoseNoAnswer() throws Exception {
    UUID cohort = cohort();
    int perNode = 200;
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        int seed = node;
        done.add(
            nodes.submit(
                () -> {
                  Random random = new Random(seed);
                  try (Connection c = db.getConnection()) {
                    c.setAutoCommit(false);
                    together.await(10, TimeUnit.SECONDS);
                    for (int i = 0; i < perNode; i++) {
                      insert(c, cohort, "MENTOR", "2026-W10", random);
                      if (i % 20 == 19) {
                        c.commit();
                      }
                    }
                    c.commit();
                  }
                  return null;
                }));
      }
      for (Future<Void> node : done) {
        node.get(60, TimeUnit.SECONDS);
      }
    } finally {
      nodes.shutdownNow();
    }
    Map<CellKey, Tally> figures = tallied(emf);
    assertEquals(
        2L * perNode,
        figures.get(new CellKey(cohort, null, null)).answers(),
        "every answer counted");
    assertFiguresEqualTheAnswers();
  }

  @Test
  void aReleasedAnswerIsNeverChangedNorTruncatedBehindTheTallysBack() throws Exception {
    UUID cohort = cohort();
    answer(cohort, new Random(1));
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      SQLException update =
          assertThrows(
              SQLException.class, () -> s.execute("UPDATE pulse_answer SET felt_heard = 1"));
      assertTrue(update.getMessage().contains("never changed"), update.getMessage());
      assertThrows(SQLException.class, () -> s.execute("TRUNCATE pulse_answer"));
    }
    assertFiguresEqualTheAnswers();
  }

  @Test
  void answersReleasedBeforeAnUpgradeAreCountedByTheMigration() throws Exception {
    String name = "upgrade" + UUID.randomUUID().toString().substring(0, 8);
    postgres.ensureApplicationDatabase(name);
    SchemaMigration.flyway(PostgresServer.USER)
        .dataSource(postgres.ownerDataSource(name))
        .target("17")
        .load()
        .migrate();
    DataSource before = postgres.applicationDataSource(name);
    UUID cohort = cohort(before);
    Random random = new Random(17);
    try (Connection c = before.getConnection()) {
      for (int i = 0; i < 60; i++) {
        insert(c, cohort, i % 3 == 0 ? "MENTEE" : "MENTOR", "2026-W1" + random.nextInt(3), random);
      }
    }
    SchemaMigration.migrate(postgres.ownerDataSource(name), PostgresServer.USER);
    EntityManagerFactory upgraded = OutsideContainer.persistenceUnit(before);
    try {
      assertEquals(60L, tallied(upgraded).get(new CellKey(null, null, null)).answers());
      assertFiguresEqualTheAnswers(before, upgraded);
    } finally {
      upgraded.close();
    }
  }

  /** Every cell the product reads, compared with the same cell counted over the answers. */
  private static void assertFiguresEqualTheAnswers() throws SQLException {
    assertFiguresEqualTheAnswers(db, emf);
  }

  private static void assertFiguresEqualTheAnswers(DataSource db, EntityManagerFactory emf)
      throws SQLException {
    Map<CellKey, Tally> expected = new HashMap<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(OVER_EVERY_ANSWER)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = r.getObject(i + 1);
        }
        Tally tally = Tallies.tally(row);
        expected.put(tally.key(), tally);
      }
    }
    Map<CellKey, Tally> actual = tallied(emf);
    Set<CellKey> missing = new HashSet<>(expected.keySet());
    missing.removeAll(actual.keySet());
    Set<CellKey> extra = new HashSet<>(actual.keySet());
    extra.removeAll(expected.keySet());
    assertEquals(Set.of(), missing, "cells of answers the figures lack");
    assertEquals(Set.of(), extra, "cells the figures show without answers");
    expected.forEach(
        (key, want) -> {
          Tally got = actual.get(key);
          assertEquals(want.answers(), got.answers(), key + " answers");
          for (int q = 0; q < want.means().length; q++) {
            assertEquals(want.means()[q], got.means()[q], 1e-9, key + " mean of question " + q);
            assertArrayEquals(want.distribution()[q], got.distribution()[q], key + " values");
          }
        });
  }

  private static Map<CellKey, Tally> tallied(EntityManagerFactory emf) {
    EntityManager em = emf.createEntityManager();
    try {
      Tallies tallies = new Tallies();
      tallies.em = em;
      Map<CellKey, Tally> cells = new HashMap<>();
      tallies.acrossCohorts().forEach(t -> cells.put(t.key(), t));
      return cells;
    } finally {
      em.close();
    }
  }

  private static UUID cohort() throws SQLException {
    return cohort(db);
  }

  private static UUID cohort(DataSource db) throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO cohort (id, name, starts_on, ends_on, state, anonymity_threshold,"
                    + " created_at) VALUES (?, ?, DATE '2026-01-05', DATE '2026-06-30', 'ACTIVE',"
                    + " 3, now())")) {
      s.setObject(1, id);
      s.setString(2, "Tally " + id);
      s.executeUpdate();
    }
    return id;
  }

  private static void answer(UUID cohort, Random random) throws SQLException {
    try (Connection c = db.getConnection()) {
      insert(
          c,
          cohort,
          random.nextBoolean() ? "MENTOR" : "MENTEE",
          "2026-W0" + (1 + random.nextInt(4)),
          random);
    }
  }

  private static void insert(Connection c, UUID cohort, String role, String week, Random random)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO pulse_answer (id, cohort_id, respondent_role, iso_week, spoke_openly,"
                + " felt_heard, would_recommend) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setObject(1, UUID.randomUUID());
      s.setObject(2, cohort);
      s.setString(3, role);
      s.setString(4, week);
      for (int q = 5; q <= 7; q++) {
        s.setInt(q, 1 + random.nextInt(5));
      }
      s.executeUpdate();
    }
  }

  private static String figuresOverAnswers() {
    StringBuilder sql = new StringBuilder();
    for (String column : new String[] {"spoke_openly", "felt_heard", "would_recommend"}) {
      sql.append(", avg(").append(column).append(')');
      for (int value = 1; value <= 5; value++) {
        sql.append(", count(*) FILTER (WHERE ").append(column).append(" = ").append(value);
        sql.append(')');
      }
    }
    return sql.toString();
  }
}
