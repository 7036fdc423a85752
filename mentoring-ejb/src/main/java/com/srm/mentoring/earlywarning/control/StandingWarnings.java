package com.srm.mentoring.earlywarning.control;

import com.srm.mentoring.earlywarning.entity.CohortWarnings;
import com.srm.mentoring.earlywarning.entity.Signal;
import com.srm.mentoring.earlywarning.entity.Warning;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The early warnings standing now, computed in PostgreSQL from participation data: sessions and
 * their attendance, the participation table of the micro-questions (who answered, never what), the
 * re-pair flag and the state and deadline of concerns. No answer and no concern content is read.
 * Only pairings that have not ended, of cohorts that are not closed, have warnings. A pairing HR
 * paused is meant to be quiet and is asked nothing: it is never warned quiet or unanswered, and
 * once resumed its quiet weeks count from the resumption; a re-pair request or an overdue concern
 * is still worth its facilitator's attention.
 */
@Dependent
public class StandingWarnings {

  /**
   * One row per standing warning: facilitator, pairing_id, cohort_id, kind, since. {@code %s} is a
   * further condition on the pairing {@code p}. Parameters: {@code now}, {@code quietSince} (now
   * minus the quiet weeks) and {@code unansweredBefore} (now minus the grace for answering).
   *
   * <p>A concern counts when it is open and its step 1 ran past its deadline: still in step 1 with
   * the deadline gone, or handed on from step 1 by the deadline timer (a transition without actor).
   * A concern that excludes the pairing's facilitator never counts: for them it does not exist.
   */
  static final String STANDING =
      """
      SELECT p.facilitator_subject AS facilitator, p.id AS pairing_id, p.cohort_id, w.kind, w.since
      FROM pairing p
      JOIN cohort c ON c.id = p.cohort_id AND c.state <> 'CLOSED'
      CROSS JOIN LATERAL (
        SELECT 'QUIET' AS kind,
               GREATEST((SELECT max(s.starts_at) FROM mentoring_session s
                         WHERE s.pairing_id = p.id AND s.state = 'HELD'),
                        p.formed_at, p.resumed_at) AS since
        WHERE p.state = 'ACTIVE' AND GREATEST(p.formed_at, p.resumed_at) <= :quietSince
          AND NOT EXISTS (SELECT 1 FROM mentoring_session s WHERE s.pairing_id = p.id
                          AND s.state = 'HELD' AND s.starts_at > :quietSince)
        UNION ALL
        SELECT 'UNANSWERED', min(s.closed_at)
        FROM mentoring_session s
        JOIN session_attendance a ON a.session_id = s.id
         AND a.subject IN (p.mentor_subject, p.mentee_subject)
        WHERE p.state = 'ACTIVE' AND s.pairing_id = p.id AND s.state = 'HELD'
          AND s.closed_at <= :unansweredBefore AND s.closed_at > :quietSince
          AND NOT EXISTS (SELECT 1 FROM pulse_participation x
                          WHERE x.session_id = s.id AND x.person_subject = a.subject)
        HAVING count(*) > 0
        UNION ALL
        SELECT 'REPAIR_REQUESTED', p.repair_requested_at WHERE p.repair_requested_at IS NOT NULL
        UNION ALL
        SELECT 'CONCERN_OVERDUE', CAST(NULL AS timestamp with time zone)
        WHERE EXISTS (
          SELECT 1 FROM concern k
          WHERE k.pairing_id = p.id AND k.state IN ('STEP_1', 'STEP_2', 'STEP_3')
            AND ((k.state = 'STEP_1' AND k.deadline <= :now)
                 OR EXISTS (SELECT 1 FROM concern_transition t WHERE t.concern_id = k.id
                            AND t.from_state = 'STEP_1' AND t.actor_subject IS NULL))
            AND NOT EXISTS (SELECT 1 FROM concern_exclusion e
                            WHERE e.concern_id = k.id AND e.subject = p.facilitator_subject))
      ) w
      WHERE p.state <> 'ENDED' %s
      """;

  /** A facilitator's warnings, with whether and when they were notified. */
  static final String OF_FACILITATOR =
      """
      SELECT w.pairing_id, w.cohort_id, c.name, m.display_name, e.display_name, w.kind, w.since,
             n.raised_at, COALESCE(n.seen, false)
      FROM (%s) w
      JOIN cohort c ON c.id = w.cohort_id
      JOIN pairing p ON p.id = w.pairing_id
      JOIN person m ON m.subject = p.mentor_subject
      JOIN person e ON e.subject = p.mentee_subject
      LEFT JOIN early_warning n ON n.pairing_id = w.pairing_id AND n.kind = w.kind
       AND n.facilitator_subject = w.facilitator
      ORDER BY c.name, m.display_name, w.pairing_id, w.kind
      """
          .formatted(STANDING.formatted("AND p.facilitator_subject = :me"));

  /**
   * Counts per cohort, for HR; a cohort without warnings has a row of zeros. An overdue concern is
   * not among them, nor is a pairing whose only warning it is: HR never learns that a concern
   * exists.
   */
  static final String PER_COHORT =
      """
      SELECT c.id, c.name, count(DISTINCT w.pairing_id) FILTER (WHERE w.kind <> 'CONCERN_OVERDUE'),
             count(w.kind) FILTER (WHERE w.kind = 'QUIET'),
             count(w.kind) FILTER (WHERE w.kind = 'UNANSWERED'),
             count(w.kind) FILTER (WHERE w.kind = 'REPAIR_REQUESTED')
      FROM cohort c
      LEFT JOIN (%s) w ON w.cohort_id = c.id
      WHERE %s
      GROUP BY c.id, c.name
      ORDER BY c.name, c.id
      """;

  /**
   * Remembers the warnings standing now: a new one is written unseen, which notifies its
   * facilitator; one that went away is forgotten. Two nodes running it at once write each new
   * warning once, through the primary key.
   */
  static final String REMEMBER =
      """
      WITH standing AS (%s),
      gone AS (
        DELETE FROM early_warning n
        WHERE NOT EXISTS (SELECT 1 FROM standing w WHERE w.pairing_id = n.pairing_id
                          AND w.kind = n.kind AND w.facilitator = n.facilitator_subject)
      )
      INSERT INTO early_warning (facilitator_subject, pairing_id, kind, raised_at, seen)
      SELECT facilitator, pairing_id, kind, :now, false FROM standing
      ON CONFLICT DO NOTHING
      """
          .formatted(STANDING.formatted(""));

  /** The unseen notices of a facilitator, for warnings still standing at the last sweep. */
  static final String UNSEEN =
      """
      SELECT n.pairing_id, p.cohort_id, c.name, m.display_name, e.display_name, n.kind,
             CAST(NULL AS timestamp with time zone), n.raised_at, n.seen
      FROM early_warning n
      JOIN pairing p ON p.id = n.pairing_id
      JOIN cohort c ON c.id = p.cohort_id
      JOIN person m ON m.subject = p.mentor_subject
      JOIN person e ON e.subject = p.mentee_subject
      WHERE n.facilitator_subject = :me AND NOT n.seen
      ORDER BY n.raised_at DESC, n.pairing_id, n.kind
      """;

  /** The advisory lock of the sweep: any fixed number no other part of the product uses. */
  static final long SWEEP_LOCK = 0x5352_4D5F_5741_524EL;

  @PersistenceContext EntityManager em;

  @Inject WarningSettings settings;

  public List<Warning> ofFacilitator(String subject, Instant now) {
    Query query = em.createNativeQuery(OF_FACILITATOR).setParameter("me", subject);
    return warnings(cutoffs(query, now));
  }

  public List<Warning> unseen(String subject) {
    return warnings(em.createNativeQuery(UNSEEN).setParameter("me", subject));
  }

  public long unseenCount(String subject) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM early_warning WHERE facilitator_subject = :me"
                        + " AND NOT seen")
                .setParameter("me", subject)
                .getSingleResult())
        .longValue();
  }

  public int markSeen(String subject) {
    return em.createNativeQuery(
            "UPDATE early_warning SET seen = true WHERE facilitator_subject = :me AND NOT seen")
        .setParameter("me", subject)
        .executeUpdate();
  }

  public List<CohortWarnings> perCohort(Instant now) {
    return counts(em.createNativeQuery(PER_COHORT.formatted(STANDING.formatted(""), "true")), now);
  }

  public List<CohortWarnings> ofCohort(UUID cohort, Instant now) {
    Query query =
        em.createNativeQuery(
                PER_COHORT.formatted(
                    STANDING.formatted("AND p.cohort_id = :cohort"), "c.id = :cohort"))
            .setParameter("cohort", cohort);
    return counts(query, now);
  }

  /**
   * Notifies new warnings and forgets those gone, unless another node is at it right now: it then
   * leaves the round to that node.
   *
   * @return the number of new warnings, or -1 when another node held the round
   */
  public int remember(Instant now) {
    Object locked =
        em.createNativeQuery("SELECT CAST(pg_try_advisory_xact_lock(:key) AS text)")
            .setParameter("key", SWEEP_LOCK)
            .getSingleResult();
    if (!"true".equals(String.valueOf(locked))) {
      return -1;
    }
    return cutoffs(em.createNativeQuery(REMEMBER), now).executeUpdate();
  }

  private Query cutoffs(Query query, Instant now) {
    return query
        .setParameter("now", now)
        .setParameter("quietSince", now.minus(settings.quiet()))
        .setParameter("unansweredBefore", now.minus(settings.unansweredAfter()));
  }

  private static List<Warning> warnings(Query query) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new Warning(
                    (UUID) r[0],
                    (UUID) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    Signal.valueOf((String) r[5]),
                    instant(r[6]),
                    instant(r[7]),
                    (Boolean) r[8]))
        .toList();
  }

  private List<CohortWarnings> counts(Query query, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = cutoffs(query, now).getResultList();
    return rows.stream()
        .map(
            r ->
                new CohortWarnings(
                    (UUID) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue()))
        .toList();
  }

  private static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof OffsetDateTime moment) {
      return moment.toInstant();
    }
    if (value instanceof Timestamp moment) {
      return moment.toInstant();
    }
    throw new IllegalStateException("not a moment: " + value.getClass());
  }
}
