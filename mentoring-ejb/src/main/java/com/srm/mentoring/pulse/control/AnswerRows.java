package com.srm.mentoring.pulse.control;

import com.srm.mentoring.platform.control.KeyOrder;
import com.srm.mentoring.platform.control.KeyOrderedRows;
import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.RespondentRole;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;

/**
 * Writes answers into {@code pulse_holding} or {@code pulse_answer} with fresh random keys, laid
 * out in the order of the keys ({@link KeyOrderedRows}), never in the order of answering.
 */
@Dependent
public class AnswerRows {

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
    KeyOrderedRows.write(em, table, answers, row -> insert(table, cohort, role, week, row));
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
}
