package com.srm.mentoring.pairing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * A rating of an objective waiting for its batch (SPEC 4.3). It holds what a released rating holds
 * and nothing else: a random key, the cohort, the side, the value; neither the person nor the
 * pairing, nor when it was given. It is never updated, only moved to the released ratings.
 */
@Entity
@Table(name = "rating_holding")
public class HeldRating {

  @Id private UUID id;

  @Column(name = "cohort_id", nullable = false, updatable = false)
  private UUID cohortId;

  @Enumerated(EnumType.STRING)
  @Column(name = "respondent_role", nullable = false, updatable = false, length = 8)
  private RatingSide side;

  @Column(nullable = false, updatable = false)
  private short rating;

  protected HeldRating() {
    // for JPA
  }

  public HeldRating(UUID cohortId, RatingSide side, int rating) {
    if (rating < Pairing.MIN_RATING || rating > Pairing.MAX_RATING) {
      throw new IllegalArgumentException(
          "rating: must be between " + Pairing.MIN_RATING + " and " + Pairing.MAX_RATING);
    }
    this.id = UUID.randomUUID();
    this.cohortId = Objects.requireNonNull(cohortId, "cohort is required");
    this.side = Objects.requireNonNull(side, "side is required");
    this.rating = (short) rating;
  }

  public UUID getCohortId() {
    return cohortId;
  }

  public RatingSide getSide() {
    return side;
  }

  public int getRating() {
    return rating;
  }
}
