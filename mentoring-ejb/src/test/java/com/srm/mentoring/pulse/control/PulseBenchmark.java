package com.srm.mentoring.pulse.control;

import static com.srm.mentoring.testsupport.BenchmarkRun.deleteTree;
import static com.srm.mentoring.testsupport.BenchmarkRun.print;
import static com.srm.mentoring.testsupport.BenchmarkRun.secondsSince;

import com.srm.mentoring.pulse.entity.Figure;
import com.srm.mentoring.pulse.entity.Tally;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * How long a cohort's figures take (the query behind {@code GET /api/cohorts/{id}/pulse} and the
 * cohort page: {@link Tallies#ofCohort} through Hibernate, then {@link Suppression}), next to the
 * same aggregate as one hand-written SQL statement read with plain JDBC, on the same data in the
 * same run. Not a test: {@code mvn -Pbenchmark -pl mentoring-ejb verify -DskipTests}.
 */
public final class PulseBenchmark {

  static final int ANSWERS = 1_000_000;
  static final int COHORTS = 200;
  static final int WEEKS = 26;
  static final int ROUNDS = 5;

  /** The same figures, written by hand: one cohort, four grouping sets, means and counts. */
  static final String BY_HAND =
      "SELECT respondent_role, iso_week, sum(answers), sum(1 * spoke_openly_1 + 2 *"
          + " spoke_openly_2 + 3 * spoke_openly_3 + 4 * spoke_openly_4 + 5 *"
          + " spoke_openly_5)::numeric / sum(answers), sum(spoke_openly_1),"
          + " sum(spoke_openly_2), sum(spoke_openly_3), sum(spoke_openly_4),"
          + " sum(spoke_openly_5), sum(1 * felt_heard_1 + 2 * felt_heard_2 + 3 * felt_heard_3"
          + " + 4 * felt_heard_4 + 5 * felt_heard_5)::numeric / sum(answers),"
          + " sum(felt_heard_1), sum(felt_heard_2), sum(felt_heard_3), sum(felt_heard_4),"
          + " sum(felt_heard_5), sum(1 * would_recommend_1 + 2 * would_recommend_2 + 3 *"
          + " would_recommend_3 + 4 * would_recommend_4 + 5 * would_recommend_5)::numeric /"
          + " sum(answers), sum(would_recommend_1), sum(would_recommend_2),"
          + " sum(would_recommend_3), sum(would_recommend_4), sum(would_recommend_5) FROM"
          + " pulse_tally WHERE cohort_id = ? GROUP BY GROUPING SETS ((), (respondent_role),"
          + " (iso_week), (respondent_role, iso_week))";

  private static final List<Logger> QUIETED =
      Stream.of("org.flywaydb", "org.hibernate", "com.srm.mentoring")
          .map(Logger::getLogger)
          .toList();

  private PulseBenchmark() {}

  /**
   * @param args optionally, the folder to keep the temporary database in; {@code target} if none
   */
  public static void main(String[] args) throws Exception {
    Path parent = Path.of(args.length > 0 ? args[0] : "target");
    QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    Files.createDirectories(parent);
    Path data = Files.createTempDirectory(parent, "postgres-pulse-benchmark-");
    try {
      PostgresServer postgres = PostgresServer.start(data, 0);
      try {
        run(postgres.migratedDatabase(PostgresServer.DATABASE));
      } finally {
        postgres.close();
      }
    } finally {
      deleteTree(data);
    }
  }

  private static void run(DataSource db) throws SQLException {
    long started = System.nanoTime();
    List<UUID> cohorts = seed(db);
    print(
        "Pulse benchmark: %,d answers over %d cohorts and %d weeks, seeded in %.1f s; %d processors",
        ANSWERS, COHORTS, WEEKS, secondsSince(started), Runtime.getRuntime().availableProcessors());

    EntityManagerFactory emf = OutsideContainer.persistenceUnit(db);
    try (Connection jdbc = db.getConnection()) {
      EntityManager em = emf.createEntityManager();
      Tallies tallies = new Tallies();
      tallies.em = em;
      // One transaction holds one connection, as the server's pool gives one to a request: the
      // plain data source here opens a new connection for every statement outside a transaction.
      em.getTransaction().begin();
      // warm-up: plans, caches, JIT
      long cells = 0;
      for (UUID cohort : cohorts) {
        cells += figures(tallies, cohort).size();
        byHand(jdbc, cohort);
      }
      double product = 0;
      double hand = 0;
      for (int round = 0; round < ROUNDS; round++) {
        long t0 = System.nanoTime();
        for (UUID cohort : cohorts) {
          figures(tallies, cohort);
        }
        product += secondsSince(t0);
        long t1 = System.nanoTime();
        for (UUID cohort : cohorts) {
          byHand(jdbc, cohort);
        }
        hand += secondsSince(t1);
      }
      em.getTransaction().commit();
      int reads = ROUNDS * COHORTS;
      print(
          "Cohort figures (Tallies.ofCohort through Hibernate + Suppression): %d reads in %.2f s"
              + " = %.2f ms per cohort (%d cells each)",
          reads, product, 1000 * product / reads, cells / COHORTS);
      print(
          "Same aggregate, one hand-written SQL statement over plain JDBC: %d reads in %.2f s"
              + " = %.2f ms per cohort",
          reads, hand, 1000 * hand / reads);
      print("Ratio: %.2f (goal: at most 1.5)", product / hand);
      em.close();
    } finally {
      emf.close();
    }
  }

  static List<Figure> figures(Tallies tallies, UUID cohort) {
    List<Tally> cells = tallies.ofCohort(cohort);
    return Suppression.apply(cells, key -> 5);
  }

  static int byHand(Connection jdbc, UUID cohort) throws SQLException {
    int rows = 0;
    try (PreparedStatement s = jdbc.prepareStatement(BY_HAND)) {
      s.setObject(1, cohort);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          for (int column = 1; column <= 20; column++) {
            r.getObject(column);
          }
          rows++;
        }
      }
    }
    return rows;
  }

  /** Cohorts and released answers, made by PostgreSQL itself. */
  private static List<UUID> seed(DataSource db) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO cohort (id, name, starts_on, ends_on, state, anonymity_threshold,"
              + " created_at) SELECT gen_random_uuid(), 'Benchmark ' || n, DATE '2026-01-05',"
              + " DATE '2026-07-05', 'ACTIVE', 5, now() FROM generate_series(1, "
              + COHORTS
              + ") n");
      s.execute(
          "INSERT INTO pulse_answer (id, cohort_id, respondent_role, iso_week, spoke_openly,"
              + " felt_heard, would_recommend)"
              + " SELECT gen_random_uuid(), c.id,"
              + " CASE WHEN random() < 0.5 THEN 'MENTOR' ELSE 'MENTEE' END,"
              + " '2026-W' || lpad((1 + floor(random() * "
              + WEEKS
              + "))::int::text, 2, '0'),"
              + " 1 + floor(random() * 5), 1 + floor(random() * 5), 1 + floor(random() * 5)"
              + " FROM generate_series(0, "
              + (ANSWERS - 1)
              + ") g JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM cohort) c"
              + " ON c.n = g % "
              + COHORTS);
      s.execute("VACUUM ANALYZE pulse_answer");
      List<UUID> ids = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT id FROM cohort ORDER BY id")) {
        while (r.next()) {
          ids.add(r.getObject(1, UUID.class));
        }
      }
      return ids;
    }
  }
}
