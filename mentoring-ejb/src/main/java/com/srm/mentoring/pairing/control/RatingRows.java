package com.srm.mentoring.pairing.control;

import com.srm.mentoring.pairing.entity.RatingSide;
import com.srm.mentoring.platform.control.KeyOrder;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes ratings into {@code rating_holding} or {@code rating_released} with fresh random keys, in
 * the order of the keys ({@link KeyOrder}), and makes sure they lie in that order, as the
 * micro-questions' {@code AnswerRows} does: rows found out of order (PostgreSQL may go on in an
 * earlier page with room left) are deleted and written again with new keys.
 */
@Dependent
public class RatingRows {

  /** More than the free pages of a table can defeat: each failed try uses some of them up. */
  static final int ATTEMPTS = 16;

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
    if (ratings.isEmpty()) {
      return;
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      List<KeyOrder.Keyed<Integer>> rows = KeyOrder.keyed(ratings);
      for (KeyOrder.Keyed<Integer> row : rows) {
        em.createNativeQuery(
                "INSERT INTO "
                    + table
                    + " (id, cohort_id, respondent_role, rating)"
                    + " VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3, ?4)")
            .setParameter(1, row.id().toString())
            .setParameter(2, cohort.toString())
            .setParameter(3, side.name())
            .setParameter(4, row.value())
            .executeUpdate();
      }
      if (inKeyOrder(table, cohort, side, rows)) {
        return;
      }
      for (KeyOrder.Keyed<Integer> row : rows) {
        em.createNativeQuery("DELETE FROM " + table + " WHERE id = CAST(?1 AS uuid)")
            .setParameter(1, row.id().toString())
            .executeUpdate();
      }
    }
    throw new IllegalStateException(
        table + ": could not lay " + ratings.size() + " ratings out in the order of their keys");
  }

  /** Whether the rows just written lie in the order they were written in, that of their keys. */
  private boolean inKeyOrder(
      String table, UUID cohort, RatingSide side, List<KeyOrder.Keyed<Integer>> rows) {
    Set<String> written = new HashSet<>();
    List<String> expected = new ArrayList<>();
    for (KeyOrder.Keyed<Integer> row : rows) {
      written.add(row.id().toString());
      expected.add(row.id().toString());
    }
    List<String> found = new ArrayList<>();
    for (Object id :
        em.createNativeQuery(
                "SELECT CAST(id AS text) FROM "
                    + table
                    + " WHERE cohort_id = CAST(?1 AS uuid) AND respondent_role = ?2 ORDER BY ctid")
            .setParameter(1, cohort.toString())
            .setParameter(2, side.name())
            .getResultList()) {
      if (written.contains((String) id)) {
        found.add((String) id);
      }
    }
    return found.equals(expected);
  }
}
