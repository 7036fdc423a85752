package com.srm.mentoring.analytics.control;

import static com.srm.mentoring.testsupport.BenchmarkRun.print;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The program at the volume the dashboard's benchmarks run on: 200 active cohorts, 2,000 pairings,
 * 20,000 sessions and a million released answers. One place, so that the queries' benchmark in this
 * module and the page's benchmark in the web module measure the same data.
 */
public final class DashboardVolume {

  public static final int COHORTS = 200;
  public static final int PAIRINGS = 2_000;
  public static final int SESSIONS = 20_000;
  public static final int ANSWERS = 1_000_000;

  /** The moment the seeded program is laid out around: pairings formed 180 days before it. */
  public static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  private DashboardVolume() {}

  /**
   * Seeds the volume into a migrated, otherwise empty-enough database: people, cohorts, pairings,
   * sessions, attendance, participation, answers and released ratings, all written by PostgreSQL
   * itself. The cohorts' names start with "Benchmark ", the people's subjects with "p" and their
   * usernames with "user", so the volume may sit beside data of other origin, such as the demo
   * program, but not beside a second seeding.
   */
  public static void seed(DataSource db) throws SQLException {
    int perCohort = PAIRINGS / COHORTS;
    int perPairing = SESSIONS / PAIRINGS;
    OffsetDateTime start = NOW.minusSeconds(180 * 86_400L).atOffset(ZoneOffset.UTC);
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO person (subject, username, display_name, active, changed_at)"
              + " SELECT 'p' || n, 'user' || n, 'Person ' || n, true, now()"
              + " FROM generate_series(0, "
              + (2 * PAIRINGS)
              + ") n");
      s.execute(
          "INSERT INTO cohort (id, name, starts_on, ends_on, state, anonymity_threshold,"
              + " created_at) SELECT gen_random_uuid(), 'Benchmark ' || lpad(n::text, 3, '0'),"
              + " DATE '2025-12-01', DATE '2026-08-31', 'ACTIVE', 5, now()"
              + " FROM generate_series(1, "
              + COHORTS
              + ") n");
      s.execute("INSERT INTO cohort_facilitator (cohort_id, subject) SELECT id, 'p0' FROM cohort");
      // pairing n: mentor p(2n+1), mentee p(2n+2), in cohort n % COHORTS; every 10th ended by a
      // withdrawal, every 7th asked to be re-paired, most rated
      s.execute(
          "INSERT INTO pairing (id, cohort_id, mentor_subject, mentee_subject,"
              + " facilitator_subject, state, formed_at, ended_at, end_cause, repair_requested_at,"
              + " senior_rating, junior_rating)"
              + " SELECT gen_random_uuid(), c.id, 'p' || (2 * g + 1), 'p' || (2 * g + 2), 'p0',"
              + " CASE WHEN g % 10 = 0 THEN 'ENDED' ELSE 'ACTIVE' END,"
              + " TIMESTAMPTZ '"
              + start
              + "',"
              + " CASE WHEN g % 10 = 0 THEN TIMESTAMPTZ '"
              + start
              + "' + (g % 170) * INTERVAL '1 day' END,"
              + " CASE WHEN g % 10 = 0 THEN 'WITHDRAWAL' END,"
              + " CASE WHEN g % 7 = 0 THEN TIMESTAMPTZ '"
              + start
              + "' + (g % 150) * INTERVAL '1 day' END,"
              + " CASE WHEN g % 4 <> 0 THEN 1 + g % 5 END, CASE WHEN g % 3 <> 0 THEN 1 + g % 5 END"
              + " FROM generate_series(0, "
              + (PAIRINGS - 1)
              + ") g JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM cohort) c"
              + " ON c.n = g % "
              + COHORTS);
      // the ratings as the figures read them: all released, as if their batches had gone out
      s.execute(
          "INSERT INTO rating_released (id, cohort_id, respondent_role, rating)"
              + " SELECT gen_random_uuid(), cohort_id, 'MENTEE', CAST(senior_rating AS smallint) FROM pairing"
              + " WHERE senior_rating IS NOT NULL UNION ALL"
              + " SELECT gen_random_uuid(), cohort_id, 'MENTOR', CAST(junior_rating AS smallint) FROM pairing"
              + " WHERE junior_rating IS NOT NULL");
      // the mentees whose pairings ended by a withdrawal withdrew, as the product records it
      s.execute(
          "INSERT INTO program_withdrawal (subject, withdrawn_at)"
              + " SELECT mentee_subject, ended_at FROM pairing WHERE end_cause = 'WITHDRAWAL'");
      s.execute(
          "INSERT INTO mentoring_session (id, pairing_id, starts_at, state, planned_at, closed_at)"
              + " SELECT gen_random_uuid(), p.id, p.formed_at + k * INTERVAL '2 weeks',"
              + " CASE WHEN k < 7 THEN 'HELD' WHEN k = 7 THEN 'CANCELLED' ELSE 'PLANNED' END,"
              + " p.formed_at, CASE WHEN k <= 7 THEN p.formed_at + k * INTERVAL '2 weeks' END"
              + " FROM pairing p CROSS JOIN generate_series(0, "
              + (perPairing - 1)
              + ") k");
      s.execute(
          "INSERT INTO session_attendance (session_id, subject)"
              + " SELECT s.id, x.subject FROM mentoring_session s JOIN pairing p"
              + " ON p.id = s.pairing_id CROSS JOIN LATERAL (VALUES (p.mentor_subject),"
              + " (p.mentee_subject)) x(subject) WHERE s.state = 'HELD'");
      s.execute(
          "INSERT INTO pulse_participation (person_subject, session_id, cohort_id,"
              + " respondent_role, pending) SELECT a.subject, a.session_id, p.cohort_id,"
              + " CASE WHEN a.subject = p.mentor_subject THEN 'MENTOR' ELSE 'MENTEE' END, false"
              + " FROM session_attendance a JOIN mentoring_session s ON s.id = a.session_id"
              + " JOIN pairing p ON p.id = s.pairing_id WHERE random() < 0.8");
      s.execute(
          "INSERT INTO pulse_answer (id, cohort_id, respondent_role, iso_week, spoke_openly,"
              + " felt_heard, would_recommend) SELECT gen_random_uuid(), c.id,"
              + " CASE WHEN random() < 0.5 THEN 'MENTOR' ELSE 'MENTEE' END,"
              + " '2026-W' || lpad((1 + floor(random() * 26))::int::text, 2, '0'),"
              + " 1 + floor(random() * 5), 1 + floor(random() * 5), 1 + floor(random() * 5)"
              + " FROM generate_series(0, "
              + (ANSWERS - 1)
              + ") g JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM cohort) c"
              + " ON c.n = g % "
              + COHORTS);
      s.execute("VACUUM ANALYZE");
      try (ResultSet r =
          s.executeQuery(
              "SELECT (SELECT count(*) FROM pairing), (SELECT count(*) FROM mentoring_session),"
                  + " (SELECT count(*) FROM pulse_participation)")) {
        r.next();
        print(
            "Seeded %d pairings, %d sessions, %d participation rows",
            r.getLong(1), r.getLong(2), r.getLong(3));
      }
    }
  }
}
