package com.srm.mentoring.pulse.control;

import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.CellKey;
import com.srm.mentoring.pulse.entity.RespondentRole;
import com.srm.mentoring.pulse.entity.Tally;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * The tallies of released answers, computed by PostgreSQL in one GROUP BY over grouping sets: no
 * answer row ever reaches the application. They add up {@code pulse_tally}, the answers already
 * counted per cohort, side and week as they are released, so that a figure costs the same after a
 * million answers as after a thousand. A part of a cell left open comes back as NULL, which the
 * columns themselves never hold.
 */
@Dependent
public class Tallies {

  static final String COLUMNS = columns("CAST(cohort_id AS text), respondent_role, iso_week");

  static final String OF_COHORT =
      "SELECT "
          + COLUMNS
          + " FROM pulse_tally WHERE cohort_id = CAST(?1 AS uuid) GROUP BY GROUPING SETS"
          + " ((cohort_id), (cohort_id, respondent_role), (cohort_id, iso_week),"
          + " (cohort_id, respondent_role, iso_week))";

  static final String ACROSS_COHORTS =
      "SELECT "
          + COLUMNS
          + " FROM pulse_tally GROUP BY CUBE (cohort_id, respondent_role, iso_week)";

  /**
   * One cell per cohort and one over them all, for the cohorts a caller may see: all of them, or
   * those a person facilitates. Role and week stay open.
   */
  static final String PER_COHORT =
      "SELECT "
          + columns("CAST(cohort_id AS text), CAST(NULL AS varchar), CAST(NULL AS varchar)")
          + " FROM pulse_tally WHERE %s GROUP BY GROUPING SETS ((cohort_id), ())";

  @PersistenceContext EntityManager em;

  /** Every cell of one cohort: all of it, by role, by week, by role and week. */
  public List<Tally> ofCohort(UUID cohort) {
    return read(em.createNativeQuery(OF_COHORT).setParameter(1, cohort.toString()).getResultList());
  }

  /** Every cell over any combination of cohort, role and week, including across all cohorts. */
  public List<Tally> acrossCohorts() {
    return read(em.createNativeQuery(ACROSS_COHORTS).getResultList());
  }

  /**
   * Each visible cohort's cell, role and week left open, and the cell over all of them.
   *
   * @param all whether the caller sees every cohort
   * @param facilitator else, the subject whose cohorts the caller sees
   */
  public List<Tally> perCohort(boolean all, String facilitator) {
    // HR's statement has no filter at all, rather than a flag the planner cannot see through
    return read(
        all
            ? em.createNativeQuery(PER_COHORT.formatted("TRUE")).getResultList()
            : em.createNativeQuery(
                    PER_COHORT.formatted(
                        "cohort_id IN (SELECT f.cohort_id FROM cohort_facilitator f"
                            + " WHERE f.subject = ?1)"))
                .setParameter(1, facilitator)
                .getResultList());
  }

  /** The key, then the number of answers, then per question its mean and each value's count. */
  private static String columns(String key) {
    StringBuilder sql = new StringBuilder(key).append(", coalesce(sum(answers), 0)");
    for (String column : new String[] {"spoke_openly", "felt_heard", "would_recommend"}) {
      StringBuilder total = new StringBuilder();
      for (int value = Answer.LOWEST; value <= Answer.HIGHEST; value++) {
        total.append(value == Answer.LOWEST ? "" : " + ").append(value);
        total.append(" * ").append(column).append('_').append(value);
      }
      sql.append(", CAST(sum(").append(total).append(") AS numeric) / NULLIF(sum(answers), 0)");
      for (int value = Answer.LOWEST; value <= Answer.HIGHEST; value++) {
        sql.append(", coalesce(sum(").append(column).append('_').append(value).append("), 0)");
      }
    }
    return sql.toString();
  }

  private static List<Tally> read(List<?> rows) {
    return rows.stream().map(row -> tally((Object[]) row)).toList();
  }

  static Tally tally(Object[] row) {
    CellKey key =
        new CellKey(
            row[0] == null ? null : UUID.fromString((String) row[0]),
            row[1] == null ? null : RespondentRole.valueOf((String) row[1]),
            (String) row[2]);
    int questions = Answer.QUESTIONS.length;
    int values = Answer.HIGHEST - Answer.LOWEST + 1;
    double[] means = new double[questions];
    long[][] distribution = new long[questions][values];
    int column = 4;
    for (int q = 0; q < questions; q++) {
      // no answers at all: no mean, and a cell of none is never shown
      Object mean = row[column++];
      means[q] = mean == null ? Double.NaN : ((Number) mean).doubleValue();
      for (int v = 0; v < values; v++) {
        distribution[q][v] = ((Number) row[column++]).longValue();
      }
    }
    return new Tally(key, ((Number) row[3]).longValue(), means, distribution);
  }
}
