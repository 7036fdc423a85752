package com.srm.mentoring.pulse.control;

import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.RespondentRole;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A released batch between the transaction that settles its people's participation and the one that
 * writes its answers: sealed ({@link Envelopes}) with the week of the release, so that neither
 * transaction writes values in the clear beside rows naming people.
 */
@Dependent
public class Outbox {

  @PersistenceContext EntityManager em;

  /** A batch taken out of the outbox. */
  public record Batch(UUID cohort, RespondentRole role, String week, List<Answer> answers) {}

  /** Seals the group's released answers into the outbox. */
  public void put(UUID cohort, RespondentRole role, String week, List<Answer> answers) {
    em.createNativeQuery(
            "INSERT INTO pulse_outbox (id, cohort_id, respondent_role, iso_week, sealed)"
                + " VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3, ?4, ?5)")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, cohort.toString())
        .setParameter(3, role.name())
        .setParameter(4, week)
        .setParameter(5, Envelopes.seal(answers))
        .executeUpdate();
  }

  /** The batches waiting to be written into the answers. */
  public List<UUID> ids() {
    List<UUID> batches = new ArrayList<>();
    for (Object id :
        em.createNativeQuery("SELECT CAST(id AS text) FROM pulse_outbox").getResultList()) {
      batches.add(UUID.fromString((String) id));
    }
    return batches;
  }

  /**
   * Takes the batch out, once: empty when it is gone, or another transaction is taking it (it holds
   * the row, and deletes it on commit).
   */
  public Optional<Batch> take(UUID id) {
    List<?> found =
        em.createNativeQuery(
                "SELECT CAST(cohort_id AS text), respondent_role, iso_week, sealed"
                    + " FROM pulse_outbox WHERE id = CAST(?1 AS uuid) FOR UPDATE SKIP LOCKED")
            .setParameter(1, id.toString())
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) found.get(0);
    em.createNativeQuery("DELETE FROM pulse_outbox WHERE id = CAST(?1 AS uuid)")
        .setParameter(1, id.toString())
        .executeUpdate();
    return Optional.of(
        new Batch(
            UUID.fromString((String) row[0]),
            RespondentRole.valueOf((String) row[1]),
            (String) row[2],
            Envelopes.open((String) row[3])));
  }
}
