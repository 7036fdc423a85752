package com.srm.mentoring.pairing.control;

import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.RatingSide;
import com.srm.mentoring.platform.control.SealedBoxes;
import com.srm.mentoring.platform.control.SealedBoxes.Box;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves the ratings of objectives on, one cohort and side (a group) at a time, as the
 * micro-questions' {@code Batches} do with answers: from the inbox, where rating leaves them
 * sealed, to the holding table; from there, in a batch, through the sealed outbox to the released
 * ratings.
 *
 * <p>Each group has a PostgreSQL advisory lock. Rating takes it shared, so ratings come in side by
 * side; mixing and settling take it exclusively and only if it is free at once ({@code
 * pg_try_advisory_xact_lock}): a node that finds it taken leaves the group to whoever holds it, or
 * to its next round. Under the exclusive lock the pending marks on the pairings of a group and its
 * holding and inbox rows are exactly the same ratings, so counting people in the one tells how many
 * stand behind the other.
 *
 * <p>No transaction here writes a rating in the clear beside a row naming a person: rating seals
 * the value on the pairing and in the inbox ({@link SealedBoxes}, {@link RatingEnvelopes}); mixing
 * writes holding rows and touches no pairing; settling clears the pending marks and seals the batch
 * into the outbox; publishing opens the batch into the released ratings and touches no pairing. See
 * docs/privacy.md.
 */
@Dependent
public class RatingBatches {

  /** The first key of the ratings' advisory locks; the second is {@code hashtext} of the group. */
  public static final int LOCK_SPACE = 0x72617465;

  /** The pending mark of each side's rating on the pairing, and whose rating it is. */
  private static final String PENDING =
      "SELECT p.cohort_id, 'MENTEE' AS side, p.mentee_subject AS subject FROM pairing p"
          + " WHERE p.senior_rating_pending UNION ALL"
          + " SELECT p.cohort_id, 'MENTOR', p.mentor_subject FROM pairing p"
          + " WHERE p.junior_rating_pending";

  @PersistenceContext EntityManager em;

  @Inject SealedBoxes boxes;

  /** Where rating leaves a rating sealed, beside the pairing row that names the person. */
  static final Box INBOX = Box.of("rating_inbox");

  /** Where a released batch waits, sealed, beside the pending marks settled with it. */
  static final Box OUTBOX = Box.of("rating_outbox");

  /**
   * How many different people must stand behind a group's held ratings before they leave the sealed
   * inbox for the holding table: with fewer, every holding row would be the one rater's.
   */
  public static final int MIXED_FROM_PEOPLE = 2;

  /** One cohort and side of its pairings. */
  public record Group(UUID cohort, RatingSide side) {}

  @Inject RatingRows rows;

  /**
   * Holds a rating just given to the pairing, in the caller's transaction: the value goes sealed to
   * the group's inbox, the pairing is marked as waiting for its batch.
   */
  public void hold(Pairing pairing, RatingSide side, int rating) {
    lockShared(pairing.getCohortId(), side);
    boxes.put(INBOX, pairing.getCohortId(), side.name(), RatingEnvelopes.seal(List.of(rating)));
    em.createNativeQuery(
            "UPDATE pairing SET " + pendingColumn(side) + " = true WHERE id = CAST(?1 AS uuid)")
        .setParameter(1, pairing.getId().toString())
        .executeUpdate();
  }

  /** Every group with held ratings, with its cohort's k. */
  public List<RatingReleasePlan.Waiting> waiting() {
    List<?> found =
        em.createNativeQuery(
                "SELECT CAST(w.cohort_id AS text), w.side, count(DISTINCT w.subject),"
                    + " c.anonymity_threshold FROM ("
                    + PENDING
                    + ") w JOIN cohort c ON c.id = w.cohort_id"
                    + " GROUP BY w.cohort_id, w.side, c.anonymity_threshold")
            .getResultList();
    List<RatingReleasePlan.Waiting> groups = new ArrayList<>();
    for (Object item : found) {
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

  /** How many different people have ratings of the group held. */
  private long peopleWaiting(UUID cohort, RatingSide side) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(DISTINCT w.subject) FROM ("
                        + PENDING
                        + ") w WHERE w.cohort_id = CAST(?1 AS uuid) AND w.side = ?2")
                .setParameter(1, cohort.toString())
                .setParameter(2, side.name())
                .getSingleResult())
        .longValue();
  }

  /** Every group with ratings in the inbox, waiting to be mixed into the holding table. */
  public List<Group> unmixed() {
    return boxes.groups(INBOX).stream()
        .map(g -> new Group(g.cohort(), RatingSide.valueOf(g.side())))
        .toList();
  }

  /** The released batches not yet written into the released ratings. */
  public List<UUID> outbox() {
    return boxes.ids(OUTBOX);
  }

  /**
   * Opens the group's inbox into its holding rows, and writes all of them again, old and new, with
   * fresh keys in the order of the keys: every held rating of the group then carries this
   * transaction's id, and none lies where its arrival put it. Touches no pairing. Leaves the inbox
   * sealed while fewer than {@link #MIXED_FROM_PEOPLE} people have ratings held.
   *
   * @return false when another node holds the group
   */
  public boolean mix(UUID cohort, RatingSide side) {
    if (!tryLock(cohort, side)) {
      return false;
    }
    if (peopleWaiting(cohort, side) < MIXED_FROM_PEOPLE) {
      // ratings of one person alone would be theirs in the clear, however they were written
      return true;
    }
    List<Integer> arrived = takeInbox(cohort, side);
    if (!arrived.isEmpty()) {
      List<Integer> held = rows.takeHolding(cohort, side);
      held.addAll(arrived);
      rows.hold(cohort, side, held);
    }
    return true;
  }

  /**
   * Releases the group if, counted again under its lock, it is due: takes the holding rows and
   * whatever the inbox still has, seals them as one batch into the outbox and clears the group's
   * pending marks; {@link #publish} writes the batch out.
   *
   * @return whether it was released; empty when another node holds the group
   */
  public Optional<Boolean> settle(UUID cohort, RatingSide side) {
    if (!tryLock(cohort, side)) {
      return Optional.empty();
    }
    boolean due =
        waiting().stream()
            .anyMatch(g -> g.cohort().equals(cohort) && g.side() == side && g.isDue());
    if (due) {
      List<Integer> batch = rows.takeHolding(cohort, side);
      batch.addAll(takeInbox(cohort, side));
      if (!batch.isEmpty()) {
        boxes.put(OUTBOX, cohort, side.name(), RatingEnvelopes.seal(batch));
      }
      em.createNativeQuery(
              "UPDATE pairing SET "
                  + pendingColumn(side)
                  + " = false WHERE cohort_id = CAST(?1 AS uuid) AND "
                  + pendingColumn(side))
          .setParameter(1, cohort.toString())
          .executeUpdate();
    }
    return Optional.of(due);
  }

  /**
   * Writes a released batch into the released ratings, with fresh keys in the order of the keys,
   * and takes it out of the outbox. Touches no pairing.
   *
   * @return false when the batch is gone or another node is writing it
   */
  public boolean publish(UUID batch) {
    Optional<SealedBoxes.Envelope> taken = boxes.take(OUTBOX, batch);
    taken.ifPresent(
        b ->
            rows.release(
                b.cohort(), RatingSide.valueOf(b.side()), RatingEnvelopes.open(b.sealed())));
    return taken.isPresent();
  }

  /** Deletes the group's envelopes in the inbox and answers the ratings they held. */
  private List<Integer> takeInbox(UUID cohort, RatingSide side) {
    List<Integer> ratings = new ArrayList<>();
    for (String sealed : boxes.take(INBOX, cohort, side.name())) {
      ratings.addAll(RatingEnvelopes.open(sealed));
    }
    return ratings;
  }

  /** Waits for any mixing or release of the group to finish; rating holds it until it commits. */
  private void lockShared(UUID cohort, RatingSide side) {
    em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock_shared(?1, hashtext(?2)) AS text)")
        .setParameter(1, LOCK_SPACE)
        .setParameter(2, lockName(cohort, side))
        .getSingleResult();
  }

  private boolean tryLock(UUID cohort, RatingSide side) {
    return Boolean.TRUE.equals(
        em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1, hashtext(?2))")
            .setParameter(1, LOCK_SPACE)
            .setParameter(2, lockName(cohort, side))
            .getSingleResult());
  }

  private static String pendingColumn(RatingSide side) {
    return side == RatingSide.MENTEE ? "senior_rating_pending" : "junior_rating_pending";
  }

  public static String lockName(UUID cohort, RatingSide side) {
    return "rating:" + cohort + ":" + side.name();
  }
}
