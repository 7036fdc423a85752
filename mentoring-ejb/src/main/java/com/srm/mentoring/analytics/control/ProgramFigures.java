package com.srm.mentoring.analytics.control;

import com.srm.mentoring.analytics.entity.ParticipationCounts;
import com.srm.mentoring.analytics.entity.Period;
import com.srm.mentoring.analytics.entity.PeriodCount;
import com.srm.mentoring.pulse.entity.CellKey;
import com.srm.mentoring.pulse.entity.RespondentRole;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The dashboard's figures, each computed by PostgreSQL in one statement of aggregates: no session,
 * pairing or answer row reaches the application, only one row per cohort (and one over them all) or
 * per period. Every statement takes the caller's view as its first two parameters: all cohorts, or
 * those the given subject facilitates.
 */
@Dependent
public class ProgramFigures {

  /** The cohorts a facilitator sees: those whose facilitators include ?1. */
  static final String FACILITATED =
      "%s IN (SELECT f.cohort_id FROM cohort_facilitator f WHERE f.subject = ?1)";

  /** All cohorts, for HR: always true, and folded away by the planner; ?1 is not needed. */
  static final String ALL = "(TRUE OR CAST(?1 AS text) IS NULL OR %s IS NULL)";

  /** The statement for the caller's view: every {@code {visible:column}} becomes its filter. */
  static String forView(String template, boolean all) {
    return Pattern.compile("\\{visible:([a-z_.]+)}")
        .matcher(template)
        .replaceAll(m -> (all ? ALL : FACILITATED).formatted(m.group(1)));
  }

  /**
   * Participation and endings per cohort and over all visible cohorts, each part filtered by the
   * view itself (a semi-join on the list of visible cohorts misled the planner into a nested loop);
   * ?2 the moment before which an active pairing without a held session since counts as quiet (a
   * paused one is not quiet, a resumed one counts from its resumption).
   *
   * <p>A withdrawal counts in every cohort where the person was the mentor or the mentee of a
   * pairing formed before it, whether that pairing was active, paused or had ended: leaving the
   * program is leaving each of those cohorts, with or without a pairing to end. Over all cohorts it
   * counts once.
   */
  static final String PARTICIPATION =
      "WITH visible AS (SELECT c.id, c.name, c.anonymity_threshold AS k FROM cohort c WHERE"
          + " {visible:c.id}), since AS (SELECT CAST(?2 AS timestamp with time zone) AS t),"
          + " pairings AS (SELECT p.cohort_id, count(*) AS pairings,"
          + " count(*) FILTER (WHERE p.repair_requested_at IS NOT NULL) AS repairs,"
          + " count(*) FILTER (WHERE p.state = 'ACTIVE'"
          + " AND GREATEST(p.formed_at, p.resumed_at) <= since.t"
          + " AND NOT EXISTS (SELECT 1 FROM mentoring_session s WHERE s.pairing_id = p.id"
          + " AND s.state = 'HELD' AND s.starts_at > since.t)) AS quiet"
          + " FROM pairing p CROSS JOIN since WHERE {visible:p.cohort_id}"
          + " GROUP BY p.cohort_id),"
          + " sessions AS (SELECT p.cohort_id,"
          + " count(*) FILTER (WHERE s.state <> 'CANCELLED') AS planned,"
          + " count(*) FILTER (WHERE s.state = 'HELD') AS held"
          + " FROM mentoring_session s JOIN pairing p ON p.id = s.pairing_id"
          + " WHERE {visible:p.cohort_id} GROUP BY p.cohort_id),"
          + " due AS (SELECT p.cohort_id, count(*) AS due FROM session_attendance a"
          + " JOIN mentoring_session s ON s.id = a.session_id JOIN pairing p ON p.id = s.pairing_id"
          + " WHERE s.state = 'HELD' AND a.subject IN (p.mentor_subject, p.mentee_subject)"
          + " AND {visible:p.cohort_id} GROUP BY p.cohort_id),"
          + " answered AS (SELECT x.cohort_id, count(*) AS answered FROM pulse_participation x"
          + " WHERE {visible:x.cohort_id} GROUP BY x.cohort_id),"
          + " withdrawals AS (SELECT p.cohort_id, count(DISTINCT w.id) AS withdrawals"
          + " FROM program_withdrawal w JOIN pairing p"
          + " ON w.subject IN (p.mentor_subject, p.mentee_subject) AND p.formed_at <= w.withdrawn_at"
          + " WHERE {visible:p.cohort_id} GROUP BY GROUPING SETS ((p.cohort_id), ()))"
          + " SELECT CAST(v.id AS text), v.name, max(v.k), coalesce(sum(pa.pairings), 0),"
          + " coalesce(sum(se.planned), 0), coalesce(sum(se.held), 0), coalesce(sum(du.due), 0),"
          + " coalesce(sum(an.answered), 0), coalesce(sum(pa.quiet), 0),"
          + " CASE WHEN GROUPING(v.id) = 0 THEN coalesce(sum(wi.withdrawals), 0)"
          + " ELSE coalesce((SELECT t.withdrawals FROM withdrawals t WHERE t.cohort_id IS NULL), 0)"
          + " END, coalesce(sum(pa.repairs), 0)"
          + " FROM visible v LEFT JOIN pairings pa ON pa.cohort_id = v.id"
          + " LEFT JOIN sessions se ON se.cohort_id = v.id LEFT JOIN due du ON du.cohort_id = v.id"
          + " LEFT JOIN answered an ON an.cohort_id = v.id"
          + " LEFT JOIN withdrawals wi ON wi.cohort_id = v.id"
          + " GROUP BY GROUPING SETS ((v.id, v.name), ())"
          + " ORDER BY GROUPING(v.id), v.name, v.id";

  /**
   * The seniors' and the juniors' released ratings of their objectives, per cohort and over all:
   * only whole batches (docs/rules.md, sessions), never the pairing's own columns, which change
   * with each rating.
   */
  static final String RATINGS =
      "SELECT CAST(r.cohort_id AS text),"
          + " count(*) FILTER (WHERE r.respondent_role = 'MENTEE'),"
          + " avg(r.rating) FILTER (WHERE r.respondent_role = 'MENTEE'),"
          + " count(*) FILTER (WHERE r.respondent_role = 'MENTOR'),"
          + " avg(r.rating) FILTER (WHERE r.respondent_role = 'MENTOR')"
          + " FROM rating_released r WHERE "
          + "{visible:r.cohort_id}"
          + " GROUP BY GROUPING SETS ((r.cohort_id), ())";

  /**
   * Withdrawals and re-pair requests per period; ?2 the period's pattern, ?3 one cohort's id or the
   * empty text for all visible cohorts. A withdrawal counts as in {@link #PARTICIPATION}: in the
   * cohorts the person was paired in, once per period however many of them are shown.
   */
  static final String OVER_TIME =
      "SELECT x.period, sum(x.withdrawals), sum(x.repairs) FROM ("
          + "SELECT to_char(w.withdrawn_at AT TIME ZONE 'UTC', ?2) AS period,"
          + " count(*) AS withdrawals, 0 AS repairs FROM program_withdrawal w"
          + " WHERE EXISTS (SELECT 1 FROM pairing p WHERE p.formed_at <= w.withdrawn_at"
          + " AND w.subject IN (p.mentor_subject, p.mentee_subject) AND {visible:p.cohort_id}"
          + " AND (?3 = '' OR CAST(p.cohort_id AS text) = ?3)) GROUP BY 1"
          + " UNION ALL SELECT to_char(p.repair_requested_at AT TIME ZONE 'UTC', ?2), 0, count(*)"
          + " FROM pairing p WHERE p.repair_requested_at IS NOT NULL AND {visible:p.cohort_id}"
          + " AND (?3 = '' OR CAST(p.cohort_id AS text) = ?3) GROUP BY 1)"
          + " x GROUP BY x.period ORDER BY x.period";

  @PersistenceContext EntityManager em;

  /** One row per visible cohort, by name, then the row over all of them. */
  public List<ParticipationCounts> participation(boolean all, String subject, Instant quietSince) {
    List<?> rows =
        em.createNativeQuery(forView(PARTICIPATION, all))
            .setParameter(1, subject)
            .setParameter(2, quietSince.atOffset(ZoneOffset.UTC))
            .getResultList();
    List<ParticipationCounts> counts = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      counts.add(
          new ParticipationCounts(
              r[0] == null ? null : UUID.fromString((String) r[0]),
              (String) r[1],
              (int) number(r[2]),
              number(r[3]),
              number(r[4]),
              number(r[5]),
              number(r[6]),
              number(r[7]),
              number(r[8]),
              number(r[9]),
              number(r[10])));
    }
    return counts;
  }

  /** Two cells per visible cohort and two over all: the seniors' and the juniors' ratings. */
  public List<RatingCount> ratings(boolean all, String subject) {
    List<?> rows =
        em.createNativeQuery(forView(RATINGS, all)).setParameter(1, subject).getResultList();
    List<RatingCount> counts = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      UUID cohort = r[0] == null ? null : UUID.fromString((String) r[0]);
      counts.add(
          new RatingCount(
              new CellKey(cohort, RespondentRole.MENTEE, null), number(r[1]), mean(r[2])));
      counts.add(
          new RatingCount(
              new CellKey(cohort, RespondentRole.MENTOR, null), number(r[3]), mean(r[4])));
    }
    return counts;
  }

  /**
   * Withdrawals and re-pair requests per period, oldest first.
   *
   * @param cohort one cohort, or null for all visible ones
   */
  public List<PeriodCount> overTime(boolean all, String subject, UUID cohort, Period period) {
    List<?> rows =
        em.createNativeQuery(forView(OVER_TIME, all))
            .setParameter(1, subject)
            .setParameter(2, period.pattern())
            .setParameter(3, cohort == null ? "" : cohort.toString())
            .getResultList();
    return rows.stream()
        .map(row -> (Object[]) row)
        .map(r -> new PeriodCount((String) r[0], number(r[1]), number(r[2])))
        .toList();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Double mean(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }
}
