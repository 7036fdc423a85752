package com.srm.mentoring.analytics.control;

import static com.srm.mentoring.testsupport.BenchmarkRun.deleteTree;
import static com.srm.mentoring.testsupport.BenchmarkRun.print;
import static com.srm.mentoring.testsupport.BenchmarkRun.secondsSince;

import com.srm.mentoring.analytics.entity.Period;
import com.srm.mentoring.pulse.control.Suppression;
import com.srm.mentoring.pulse.control.Tallies;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * How long each of the dashboard's queries takes for HR (every cohort), through Hibernate as the
 * product runs it, next to the same figures as one hand-written SQL aggregate read with plain JDBC,
 * on the same data in the same run. Not a test: {@code mvn -Pbenchmark -pl mentoring-ejb verify
 * -DskipTests}, or only this one with {@code exec:java@analytics-benchmark}.
 */
public final class AnalyticsBenchmark {

  static final int COHORTS = DashboardVolume.COHORTS;
  static final int PAIRINGS = DashboardVolume.PAIRINGS;
  static final int SESSIONS = DashboardVolume.SESSIONS;
  static final int ANSWERS = DashboardVolume.ANSWERS;

  /** At least this many measured rounds, and as many more as fill the time below. */
  static final int ROUNDS = 5;

  static final double MEASURE_SECONDS = 4;
  static final int WARM_UP_ROUNDS = 3;
  static final double WARM_UP_SECONDS = 3;

  /** Participation per cohort, written by hand as plain per-cohort aggregates joined together. */
  static final String PARTICIPATION_BY_HAND =
      "SELECT c.id, c.name, c.anonymity_threshold, pa.n, se.planned, se.held, du.due, an.answered,"
          + " pa.quiet, wd.withdrawals, pa.repairs FROM cohort c"
          + " LEFT JOIN (SELECT cohort_id, count(*) n,"
          + " count(*) FILTER (WHERE repair_requested_at IS NOT NULL) repairs,"
          + " count(*) FILTER (WHERE state = 'ACTIVE' AND GREATEST(formed_at, resumed_at) <= ?"
          + " AND NOT EXISTS"
          + " (SELECT 1 FROM mentoring_session s WHERE s.pairing_id = pairing.id"
          + " AND s.state = 'HELD' AND s.starts_at > ?)) quiet"
          + " FROM pairing GROUP BY cohort_id) pa ON pa.cohort_id = c.id"
          + " LEFT JOIN (SELECT p.cohort_id, count(*) FILTER (WHERE s.state <> 'CANCELLED') planned,"
          + " count(*) FILTER (WHERE s.state = 'HELD') held FROM mentoring_session s"
          + " JOIN pairing p ON p.id = s.pairing_id GROUP BY p.cohort_id) se ON se.cohort_id = c.id"
          + " LEFT JOIN (SELECT p.cohort_id, count(*) due FROM session_attendance a"
          + " JOIN mentoring_session s ON s.id = a.session_id JOIN pairing p ON p.id = s.pairing_id"
          + " WHERE s.state = 'HELD' AND a.subject IN (p.mentor_subject, p.mentee_subject)"
          + " GROUP BY p.cohort_id) du ON du.cohort_id = c.id"
          + " LEFT JOIN (SELECT cohort_id, count(*) answered FROM pulse_participation"
          + " GROUP BY cohort_id) an ON an.cohort_id = c.id"
          + " LEFT JOIN (SELECT p.cohort_id, count(DISTINCT w.id) withdrawals"
          + " FROM program_withdrawal w JOIN pairing p ON p.formed_at <= w.withdrawn_at"
          + " AND (p.mentor_subject = w.subject OR p.mentee_subject = w.subject)"
          + " GROUP BY p.cohort_id) wd ON wd.cohort_id = c.id ORDER BY c.name";

  static final String RATINGS_BY_HAND =
      "SELECT cohort_id, count(*) FILTER (WHERE respondent_role = 'MENTEE'),"
          + " avg(rating) FILTER (WHERE respondent_role = 'MENTEE'),"
          + " count(*) FILTER (WHERE respondent_role = 'MENTOR'),"
          + " avg(rating) FILTER (WHERE respondent_role = 'MENTOR')"
          + " FROM rating_released GROUP BY ROLLUP (cohort_id)";

  static final String OVER_TIME_BY_HAND =
      "SELECT period, sum(w), sum(r) FROM ("
          + "SELECT to_char(w.withdrawn_at AT TIME ZONE 'UTC', 'YYYY-MM') period,"
          + " count(DISTINCT w.id) w, 0 r FROM program_withdrawal w WHERE EXISTS (SELECT 1"
          + " FROM pairing p WHERE p.formed_at <= w.withdrawn_at"
          + " AND (p.mentor_subject = w.subject OR p.mentee_subject = w.subject)) GROUP BY 1"
          + " UNION ALL"
          + " SELECT to_char(repair_requested_at AT TIME ZONE 'UTC', 'YYYY-MM'), 0, count(*)"
          + " FROM pairing WHERE repair_requested_at IS NOT NULL GROUP BY 1) x"
          + " GROUP BY period ORDER BY period";

  /** Answers per cohort, by hand over the tallies the product keeps as answers are released. */
  static final String ANSWERS_BY_HAND =
      "SELECT cohort_id, sum(answers), sum(1 * spoke_openly_1 + 2 * spoke_openly_2 + 3"
          + " * spoke_openly_3 + 4 * spoke_openly_4 + 5 * spoke_openly_5)::numeric /"
          + " sum(answers), sum(spoke_openly_1), sum(spoke_openly_2), sum(spoke_openly_3),"
          + " sum(spoke_openly_4), sum(spoke_openly_5), sum(1 * felt_heard_1 + 2 *"
          + " felt_heard_2 + 3 * felt_heard_3 + 4 * felt_heard_4 + 5 * felt_heard_5)::numeric"
          + " / sum(answers), sum(felt_heard_1), sum(felt_heard_2), sum(felt_heard_3),"
          + " sum(felt_heard_4), sum(felt_heard_5), sum(1 * would_recommend_1 + 2 *"
          + " would_recommend_2 + 3 * would_recommend_3 + 4 * would_recommend_4 + 5 *"
          + " would_recommend_5)::numeric / sum(answers), sum(would_recommend_1),"
          + " sum(would_recommend_2), sum(would_recommend_3), sum(would_recommend_4),"
          + " sum(would_recommend_5) FROM pulse_tally GROUP BY ROLLUP (cohort_id)";

  /** The same figures straight over the released answers, as they were computed before. */
  static final String ANSWERS_OVER_EVERY_ANSWER =
      "SELECT cohort_id, count(*), avg(spoke_openly),"
          + " count(*) FILTER (WHERE spoke_openly = 1), count(*) FILTER (WHERE spoke_openly = 2),"
          + " count(*) FILTER (WHERE spoke_openly = 3), count(*) FILTER (WHERE spoke_openly = 4),"
          + " count(*) FILTER (WHERE spoke_openly = 5), avg(felt_heard),"
          + " count(*) FILTER (WHERE felt_heard = 1), count(*) FILTER (WHERE felt_heard = 2),"
          + " count(*) FILTER (WHERE felt_heard = 3), count(*) FILTER (WHERE felt_heard = 4),"
          + " count(*) FILTER (WHERE felt_heard = 5), avg(would_recommend),"
          + " count(*) FILTER (WHERE would_recommend = 1),"
          + " count(*) FILTER (WHERE would_recommend = 2),"
          + " count(*) FILTER (WHERE would_recommend = 3),"
          + " count(*) FILTER (WHERE would_recommend = 4),"
          + " count(*) FILTER (WHERE would_recommend = 5)"
          + " FROM pulse_answer GROUP BY ROLLUP (cohort_id)";

  /** The micro-questions across cohorts, by hand: every combination of cohort, side and week. */
  static final String ACROSS_BY_HAND =
      ANSWERS_BY_HAND
          .replace("SELECT cohort_id,", "SELECT cohort_id, respondent_role, iso_week,")
          .replace(
              "GROUP BY ROLLUP (cohort_id)",
              "GROUP BY CUBE (cohort_id, respondent_role, iso_week)");

  static final String ACROSS_OVER_EVERY_ANSWER =
      ANSWERS_OVER_EVERY_ANSWER
          .replace("SELECT cohort_id,", "SELECT cohort_id, respondent_role, iso_week,")
          .replace(
              "GROUP BY ROLLUP (cohort_id)",
              "GROUP BY CUBE (cohort_id, respondent_role, iso_week)");

  private static final Instant NOW = DashboardVolume.NOW;
  private static final Instant QUIET_SINCE = NOW.minusSeconds(3 * 7 * 86_400L);

  private AnalyticsBenchmark() {}

  /**
   * @param args optionally, the folder to keep the temporary database in; {@code target} if none
   */
  public static void main(String[] args) throws Exception {
    Path parent = Path.of(args.length > 0 ? args[0] : "target");
    Stream.of("org.flywaydb", "org.hibernate", "com.srm.mentoring")
        .map(Logger::getLogger)
        .forEach(logger -> logger.setLevel(Level.WARNING));
    Files.createDirectories(parent);
    Path data = Files.createTempDirectory(parent, "postgres-analytics-benchmark-");
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

  private interface Timed {
    int run() throws SQLException;
  }

  private static void run(DataSource db) throws SQLException {
    long started = System.nanoTime();
    DashboardVolume.seed(db);
    print(
        "Analytics benchmark: %d cohorts, %,d pairings, %,d sessions, %,d answers, seeded in"
            + " %.1f s; %d processors",
        COHORTS,
        PAIRINGS,
        SESSIONS,
        ANSWERS,
        secondsSince(started),
        Runtime.getRuntime().availableProcessors());
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(db);
    try (Connection jdbc = db.getConnection()) {
      EntityManager em = emf.createEntityManager();
      ProgramFigures figures = new ProgramFigures();
      figures.em = em;
      Tallies tallies = new Tallies();
      setEm(tallies, em);
      em.getTransaction().begin();
      compare(
          "Participation per cohort (ProgramFigures.participation)",
          () -> figures.participation(true, "", QUIET_SINCE).size(),
          () -> byHand(jdbc, PARTICIPATION_BY_HAND, QUIET_SINCE, QUIET_SINCE));
      compare(
          "Objective ratings per cohort (ProgramFigures.ratings + Ratings)",
          () -> Ratings.apply(figures.ratings(true, ""), key -> 5).size(),
          () -> byHand(jdbc, RATINGS_BY_HAND));
      compare(
          "Withdrawals and re-pair requests per month (ProgramFigures.overTime)",
          () -> figures.overTime(true, "", null, Period.MONTH).size(),
          () -> byHand(jdbc, OVER_TIME_BY_HAND));
      compare(
          "Answers per cohort (Tallies.perCohort + Suppression)",
          () -> Suppression.apply(tallies.perCohort(true, ""), key -> 5).size(),
          () -> byHand(jdbc, ANSWERS_BY_HAND));
      compare(
          "Trend across all cohorts, HR's default view (Tallies.acrossCohorts + Suppression)",
          () -> Suppression.apply(tallies.acrossCohorts(), key -> 5).size(),
          () -> byHand(jdbc, ACROSS_BY_HAND));
      compare(
          "Everything HR's dashboard page asks for (the five above, in turn)",
          () ->
              figures.participation(true, "", QUIET_SINCE).size()
                  + Ratings.apply(figures.ratings(true, ""), key -> 5).size()
                  + figures.overTime(true, "", null, Period.MONTH).size()
                  + Suppression.apply(tallies.perCohort(true, ""), key -> 5).size()
                  + Suppression.apply(tallies.acrossCohorts(), key -> 5).size(),
          () ->
              byHand(jdbc, PARTICIPATION_BY_HAND, QUIET_SINCE, QUIET_SINCE)
                  + byHand(jdbc, RATINGS_BY_HAND)
                  + byHand(jdbc, OVER_TIME_BY_HAND)
                  + byHand(jdbc, ANSWERS_BY_HAND)
                  + byHand(jdbc, ACROSS_BY_HAND));
      compare(
          "HR's two answer figures from the tallies, against the same straight over every answer",
          () ->
              Suppression.apply(tallies.perCohort(true, ""), key -> 5).size()
                  + Suppression.apply(tallies.acrossCohorts(), key -> 5).size(),
          () -> byHand(jdbc, ANSWERS_OVER_EVERY_ANSWER) + byHand(jdbc, ACROSS_OVER_EVERY_ANSWER));
      em.getTransaction().commit();
      em.close();
    } finally {
      emf.close();
    }
  }

  private static void setEm(Tallies tallies, EntityManager em) {
    try {
      var field = Tallies.class.getDeclaredField("em");
      field.setAccessible(true);
      field.set(tallies, em);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void compare(String what, Timed product, Timed hand) throws SQLException {
    // warm-up until plans, caches and the JIT have settled: a page is served many times a day
    int rows = 0;
    long warming = System.nanoTime();
    for (int round = 0;
        round < WARM_UP_ROUNDS || secondsSince(warming) < WARM_UP_SECONDS;
        round++) {
      rows = product.run();
      hand.run();
    }
    double productSeconds = 0;
    double handSeconds = 0;
    int rounds = 0;
    while (rounds < ROUNDS || productSeconds + handSeconds < MEASURE_SECONDS) {
      long t0 = System.nanoTime();
      product.run();
      productSeconds += secondsSince(t0);
      long t1 = System.nanoTime();
      hand.run();
      handSeconds += secondsSince(t1);
      rounds++;
    }
    print(
        "%s: %.1f ms (%d rows); by hand over JDBC: %.1f ms; ratio %.2f (goal: at most 1.5)",
        what,
        1000 * productSeconds / rounds,
        rows,
        1000 * handSeconds / rounds,
        productSeconds / handSeconds);
  }

  static int byHand(Connection jdbc, String sql, Object... values) throws SQLException {
    int rows = 0;
    try (PreparedStatement s = jdbc.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(
            i + 1,
            values[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : values[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          for (int column = 1; column <= columns; column++) {
            r.getObject(column);
          }
          rows++;
        }
      }
    }
    return rows;
  }
}
