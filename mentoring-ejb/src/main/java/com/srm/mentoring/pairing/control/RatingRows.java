package com.srm.mentoring.pairing.control;

import com.srm.mentoring.pairing.entity.RatingSide;
import com.srm.mentoring.platform.control.KeyOrderedRows;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes ratings into {@code rating_holding} or {@code rating_released} with fresh random keys,
 * laid out in the order of the keys ({@link KeyOrderedRows}), never in the order of rating.
 */
@Dependent
public class RatingRows {

  @PersistenceContext EntityManager em;

  /** Adds held ratings to the group's holding rows. */
  public void hold(UUID cohort, RatingSide side, List<Integer> ratings) {
    write("rating_holding", cohort, side, ratings);
  }

  /** Adds a released batch to the released ratings. */
  public void release(UUID cohort, RatingSide side, List<Integer> ratings) {
    write("rating_released", cohort, side, ratings);
  }

  /** Deletes the group's holding rows and answers the ratings they held. */
  public List<Integer> takeHolding(UUID cohort, RatingSide side) {
    List<Integer> ratings = new ArrayList<>();
    for (Object rating :
        em.createNativeQuery(
                "DELETE FROM rating_holding WHERE cohort_id = CAST(?1 AS uuid)"
                    + " AND respondent_role = ?2 RETURNING rating")
            .setParameter(1, cohort.toString())
            .setParameter(2, side.name())
            .getResultList()) {
      ratings.add(((Number) rating).intValue());
    }
    return ratings;
  }

  private void write(String table, UUID cohort, RatingSide side, List<Integer> ratings) {
    KeyOrderedRows.write(
        em,
        table,
        ratings,
        row ->
            em.createNativeQuery(
                    "INSERT INTO "
                        + table
                        + " (id, cohort_id, respondent_role, rating)"
                        + " VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3, ?4)")
                .setParameter(1, row.id().toString())
                .setParameter(2, cohort.toString())
                .setParameter(3, side.name())
                .setParameter(4, row.value())
                .executeUpdate());
  }
}
