package com.srm.mentoring.pairing.control;

import com.srm.mentoring.pairing.entity.HeldRating;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.RatingSide;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Holds the ratings of objectives and releases them in batches, one cohort and side at a time, as
 * the micro-questions' {@code Batches} do with answers.
 *
 * <p>Each group has a PostgreSQL advisory lock. Rating takes it shared, so ratings come in side by
 * side; a release takes it exclusively and only if it is free at once ({@code
 * pg_try_advisory_xact_lock}): a node that finds it taken leaves the group to whoever holds it, or
 * to its next round. Under the exclusive lock the held rows and the pending marks on the pairings
 * of a group are exactly the same ratings, so counting people in the one tells how many stand
 * behind the other.
 */
@Dependent
public class RatingBatches {

  /** The first key of the ratings' advisory locks; the second is {@code hashtext} of the group. */
  public static final int LOCK_SPACE = 0x72617465;

  private static final SecureRandom SHUFFLE = new SecureRandom();

  /** The pending mark of each side's rating on the pairing, and whose rating it is. */
  private static final String PENDING =
      "SELECT p.cohort_id, 'MENTEE' AS side, p.mentee_subject AS subject FROM pairing p"
          + " WHERE p.senior_rating_pending UNION ALL"
          + " SELECT p.cohort_id, 'MENTOR', p.mentor_subject FROM pairing p"
          + " WHERE p.junior_rating_pending";

  @PersistenceContext EntityManager em;

  /**
   * Holds a rating just given to the pairing, in the caller's transaction: the value goes to the
   * holding table without the person, the pairing is marked as waiting for its batch.
   */
  public void hold(Pairing pairing, RatingSide side, int rating) {
    lockShared(pairing.getCohortId(), side);
    em.persist(new HeldRating(pairing.getCohortId(), side, rating));
    em.createNativeQuery(
            "UPDATE pairing SET " + pendingColumn(side) + " = true WHERE id = CAST(?1 AS uuid)")
        .setParameter(1, pairing.getId().toString())
        .executeUpdate();
  }

  /** Every group with held ratings, with its cohort's k. */
  public List<RatingReleasePlan.Waiting> waiting() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT CAST(w.cohort_id AS text), w.side, count(DISTINCT w.subject),"
                    + " c.anonymity_threshold FROM ("
                    + PENDING
                    + ") w JOIN cohort c ON c.id = w.cohort_id"
                    + " GROUP BY w.cohort_id, w.side, c.anonymity_threshold")
            .getResultList();
    List<RatingReleasePlan.Waiting> groups = new ArrayList<>();
    for (Object item : rows) {
      Object[] row = (Object[]) item;
      groups.add(
          new RatingReleasePlan.Waiting(
              UUID.fromString((String) row[0]),
              RatingSide.valueOf((String) row[1]),
              ((Number) row[2]).longValue(),
              ((Number) row[3]).intValue()));
    }
    return groups;
  }

  /**
   * Releases the group if, counted again under its lock, it is due.
   *
   * @return whether it was released; empty when another node holds the group
   */
  public Optional<Boolean> settle(UUID cohort, RatingSide side) {
    Boolean locked =
        (Boolean)
            em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, LOCK_SPACE)
                .setParameter(2, lockName(cohort, side))
                .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return Optional.empty();
    }
    boolean due =
        waiting().stream()
            .anyMatch(g -> g.cohort().equals(cohort) && g.side() == side && g.isDue());
    if (due) {
      release(cohort, side);
    }
    return Optional.of(due);
  }

  /** Waits for any release of the group to finish; rating holds it until it commits. */
  private void lockShared(UUID cohort, RatingSide side) {
    em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock_shared(?1, hashtext(?2)) AS text)")
        .setParameter(1, LOCK_SPACE)
        .setParameter(2, lockName(cohort, side))
        .getSingleResult();
  }

  private void release(UUID cohort, RatingSide side) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT rating FROM rating_holding WHERE cohort_id = CAST(?1 AS uuid)"
                    + " AND respondent_role = ?2")
            .setParameter(1, cohort.toString())
            .setParameter(2, side.name())
            .getResultList();
    List<Integer> ratings = new ArrayList<>();
    rows.forEach(row -> ratings.add(((Number) row).intValue()));
    Collections.shuffle(ratings, SHUFFLE);
    for (int rating : ratings) {
      em.createNativeQuery(
              "INSERT INTO rating_released (id, cohort_id, respondent_role, rating)"
                  + " VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3, ?4)")
          .setParameter(1, UUID.randomUUID().toString())
          .setParameter(2, cohort.toString())
          .setParameter(3, side.name())
          .setParameter(4, rating)
          .executeUpdate();
    }
    em.createNativeQuery(
            "DELETE FROM rating_holding WHERE cohort_id = CAST(?1 AS uuid)"
                + " AND respondent_role = ?2")
        .setParameter(1, cohort.toString())
        .setParameter(2, side.name())
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE pairing SET "
                + pendingColumn(side)
                + " = false WHERE cohort_id = CAST(?1 AS uuid) AND "
                + pendingColumn(side))
        .setParameter(1, cohort.toString())
        .executeUpdate();
  }

  private static String pendingColumn(RatingSide side) {
    return side == RatingSide.MENTEE ? "senior_rating_pending" : "junior_rating_pending";
  }

  public static String lockName(UUID cohort, RatingSide side) {
    return "rating:" + cohort + ":" + side.name();
  }
}
