package com.srm.mentoring.pulse.control;

import com.srm.mentoring.platform.control.KeyOrder;
import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.RespondentRole;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes answers into {@code pulse_holding} or {@code pulse_answer} with fresh random keys, in the
 * order of the keys ({@link KeyOrder}), and makes sure they lie in that order: PostgreSQL fills a
 * page in the order rows come, but may go on in an earlier page with room left, so rows found out
 * of order are deleted and written again with new keys (their space is taken now, so the next try
 * goes elsewhere). The rows' physical order then follows random keys, never the order of answering.
 */
@Dependent
public class AnswerRows {

  /** More than the free pages of a table can defeat: each failed try uses some of them up. */
  static final int ATTEMPTS = 16;

  private static final String HOLDING = "pulse_holding";
  private static final String RELEASED = "pulse_answer";

  @PersistenceContext EntityManager em;

  /** Adds waiting answers to the group's holding rows. */
  public void hold(UUID cohort, RespondentRole role, List<Answer> answers) {
    write(HOLDING, cohort, role, null, answers);
  }

  /** Adds a released batch to the answers, all with the week of the release. */
  public void release(UUID cohort, RespondentRole role, String week, List<Answer> answers) {
    write(RELEASED, cohort, role, week, answers);
  }

  private void write(
      String table, UUID cohort, RespondentRole role, String week, List<Answer> answers) {
    if (answers.isEmpty()) {
      return;
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      List<KeyOrder.Keyed<Answer>> rows = KeyOrder.keyed(answers);
      for (KeyOrder.Keyed<Answer> row : rows) {
        insert(table, cohort, role, week, row);
      }
      if (inKeyOrder(table, cohort, role, week, rows)) {
        return;
      }
      for (KeyOrder.Keyed<Answer> row : rows) {
        em.createNativeQuery("DELETE FROM " + table + " WHERE id = CAST(?1 AS uuid)")
            .setParameter(1, row.id().toString())
            .executeUpdate();
      }
    }
    throw new IllegalStateException(
        table + ": could not lay " + answers.size() + " answers out in the order of their keys");
  }

  private void insert(
      String table, UUID cohort, RespondentRole role, String week, KeyOrder.Keyed<Answer> row) {
    boolean released = week != null;
    Query insert =
        em.createNativeQuery(
                "INSERT INTO "
                    + table
                    + " (id, cohort_id, respondent_role, spoke_openly, felt_heard, would_recommend"
                    + (released ? ", iso_week" : "")
                    + ") VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3, ?4, ?5, ?6"
                    + (released ? ", ?7" : "")
                    + ")")
            .setParameter(1, row.id().toString())
            .setParameter(2, cohort.toString())
            .setParameter(3, role.name())
            .setParameter(4, row.value().spokeOpenly())
            .setParameter(5, row.value().feltHeard())
            .setParameter(6, row.value().wouldRecommend());
    if (released) {
      insert.setParameter(7, week);
    }
    insert.executeUpdate();
  }

  /** Whether the rows just written lie in the order they were written in, that of their keys. */
  private boolean inKeyOrder(
      String table,
      UUID cohort,
      RespondentRole role,
      String week,
      List<KeyOrder.Keyed<Answer>> rows) {
    Set<String> written = new HashSet<>();
    List<String> expected = new ArrayList<>();
    for (KeyOrder.Keyed<Answer> row : rows) {
      written.add(row.id().toString());
      expected.add(row.id().toString());
    }
    Query physical =
        em.createNativeQuery(
                "SELECT CAST(id AS text) FROM "
                    + table
                    + " WHERE cohort_id = CAST(?1 AS uuid) AND respondent_role = ?2"
                    + (week != null ? " AND iso_week = ?3" : "")
                    + " ORDER BY ctid")
            .setParameter(1, cohort.toString())
            .setParameter(2, role.name());
    if (week != null) {
      physical.setParameter(3, week);
    }
    List<String> found = new ArrayList<>();
    for (Object id : physical.getResultList()) {
      if (written.contains((String) id)) {
        found.add((String) id);
      }
    }
    return found.equals(expected);
  }
}
