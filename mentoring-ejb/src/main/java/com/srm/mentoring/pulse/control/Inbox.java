package com.srm.mentoring.pulse.control;

import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.RespondentRole;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where an answer arrives, sealed ({@link Envelopes}), in the transaction that records who gave it:
 * a random key, the cohort, the side and ciphertext, so that nothing written beside the person's
 * participation row says what they answered. {@link Batches} empties it under the group's lock.
 */
@Dependent
public class Inbox {

  @PersistenceContext EntityManager em;

  /** Puts an answer into its group's inbox, sealed. */
  public void post(UUID cohort, RespondentRole role, Answer answer) {
    em.createNativeQuery(
            "INSERT INTO pulse_inbox (id, cohort_id, respondent_role, sealed)"
                + " VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3, ?4)")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, cohort.toString())
        .setParameter(3, role.name())
        .setParameter(4, Envelopes.seal(List.of(answer)))
        .executeUpdate();
  }

  /** Every group with answers in the inbox. */
  public List<Batches.Group> groups() {
    List<Batches.Group> groups = new ArrayList<>();
    for (Object item :
        em.createNativeQuery(
                "SELECT DISTINCT CAST(cohort_id AS text), respondent_role FROM pulse_inbox")
            .getResultList()) {
      Object[] row = (Object[]) item;
      groups.add(
          new Batches.Group(
              UUID.fromString((String) row[0]), RespondentRole.valueOf((String) row[1])));
    }
    return groups;
  }

  /** Deletes the group's envelopes and answers what they held. */
  public List<Answer> take(UUID cohort, RespondentRole role) {
    List<Answer> answers = new ArrayList<>();
    for (Object sealed :
        em.createNativeQuery(
                "DELETE FROM pulse_inbox WHERE cohort_id = CAST(?1 AS uuid)"
                    + " AND respondent_role = ?2 RETURNING sealed")
            .setParameter(1, cohort.toString())
            .setParameter(2, role.name())
            .getResultList()) {
      answers.addAll(Envelopes.open((String) sealed));
    }
    return answers;
  }
}
