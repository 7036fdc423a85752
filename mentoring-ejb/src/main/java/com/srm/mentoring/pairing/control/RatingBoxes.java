package com.srm.mentoring.pairing.control;

import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.RatingSide;
import com.srm.mentoring.platform.control.ContentCipher;
import com.srm.mentoring.platform.entity.ContentKeys;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The two places a rating lies sealed with the content keys ({@link ContentCipher}) on its way to
 * the figures: {@code rating_inbox}, where rating leaves it beside the pairing row that names the
 * person, and {@code rating_outbox}, where a released batch waits beside the pending marks settled
 * with it. Several ratings sealed together are separated by {@code ;}, so that every sealed single
 * rating has the same length whatever its value.
 */
@Dependent
public class RatingBoxes {

  @PersistenceContext EntityManager em;

  /** One group of a cohort and side. */
  public record Group(UUID cohort, RatingSide side) {}

  /** A released batch taken out of the outbox. */
  public record Batch(UUID cohort, RatingSide side, List<Integer> ratings) {}

  /** Puts a rating into its group's inbox, sealed. */
  public void post(UUID cohort, RatingSide side, int rating) {
    insert("rating_inbox", cohort, side, List.of(rating));
  }

  /** Every group with ratings in the inbox. */
  public List<Group> inboxGroups() {
    List<Group> groups = new ArrayList<>();
    for (Object item :
        em.createNativeQuery(
                "SELECT DISTINCT CAST(cohort_id AS text), respondent_role FROM rating_inbox")
            .getResultList()) {
      Object[] row = (Object[]) item;
      groups.add(new Group(UUID.fromString((String) row[0]), RatingSide.valueOf((String) row[1])));
    }
    return groups;
  }

  /** Deletes the group's envelopes and answers the ratings they held. */
  public List<Integer> takeInbox(UUID cohort, RatingSide side) {
    List<Integer> ratings = new ArrayList<>();
    for (Object sealed :
        em.createNativeQuery(
                "DELETE FROM rating_inbox WHERE cohort_id = CAST(?1 AS uuid)"
                    + " AND respondent_role = ?2 RETURNING sealed")
            .setParameter(1, cohort.toString())
            .setParameter(2, side.name())
            .getResultList()) {
      ratings.addAll(open((String) sealed));
    }
    return ratings;
  }

  /** Seals the group's released ratings into the outbox as one batch. */
  public void putOutbox(UUID cohort, RatingSide side, List<Integer> ratings) {
    insert("rating_outbox", cohort, side, ratings);
  }

  /** The batches waiting to be written into the released ratings. */
  public List<UUID> outbox() {
    List<UUID> batches = new ArrayList<>();
    for (Object id :
        em.createNativeQuery("SELECT CAST(id AS text) FROM rating_outbox").getResultList()) {
      batches.add(UUID.fromString((String) id));
    }
    return batches;
  }

  /**
   * Takes the batch out, once: empty when it is gone, or another transaction is taking it (it holds
   * the row, and deletes it on commit).
   */
  public Optional<Batch> takeOutbox(UUID id) {
    List<?> found =
        em.createNativeQuery(
                "SELECT CAST(cohort_id AS text), respondent_role, sealed"
                    + " FROM rating_outbox WHERE id = CAST(?1 AS uuid) FOR UPDATE SKIP LOCKED")
            .setParameter(1, id.toString())
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) found.get(0);
    em.createNativeQuery("DELETE FROM rating_outbox WHERE id = CAST(?1 AS uuid)")
        .setParameter(1, id.toString())
        .executeUpdate();
    return Optional.of(
        new Batch(
            UUID.fromString((String) row[0]),
            RatingSide.valueOf((String) row[1]),
            open((String) row[2])));
  }

  private void insert(String table, UUID cohort, RatingSide side, List<Integer> ratings) {
    em.createNativeQuery(
            "INSERT INTO "
                + table
                + " (id, cohort_id, respondent_role, sealed)"
                + " VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3, ?4)")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, cohort.toString())
        .setParameter(3, side.name())
        .setParameter(4, seal(ratings))
        .executeUpdate();
  }

  /** The ratings, in this order, sealed as one value. */
  static String seal(List<Integer> ratings) {
    if (ratings.isEmpty()) {
      throw new IllegalArgumentException("an envelope holds at least one rating");
    }
    StringBuilder text = new StringBuilder();
    for (int rating : ratings) {
      if (rating < Pairing.MIN_RATING || rating > Pairing.MAX_RATING) {
        throw new IllegalArgumentException("not a rating: " + rating);
      }
      if (!text.isEmpty()) {
        text.append(';');
      }
      text.append(rating);
    }
    return ContentCipher.seal(text.toString());
  }

  /**
   * The ratings a sealed value holds, in the order they were sealed.
   *
   * @throws IllegalStateException when the value is not sealed, or not a list of ratings
   */
  static List<Integer> open(String sealed) {
    if (sealed == null || !sealed.startsWith(ContentKeys.PREFIX)) {
      throw new IllegalStateException("a rating envelope is stored unsealed");
    }
    List<Integer> ratings = new ArrayList<>();
    for (String one : ContentCipher.open(sealed).split(";")) {
      try {
        int rating = Integer.parseInt(one);
        if (rating < Pairing.MIN_RATING || rating > Pairing.MAX_RATING) {
          throw new NumberFormatException(one);
        }
        ratings.add(rating);
      } catch (NumberFormatException notARating) {
        throw new IllegalStateException("a rating envelope holds something else than ratings");
      }
    }
    return ratings;
  }
}
