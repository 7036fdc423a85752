package com.srm.mentoring.pairing.entity;

import jakarta.ejb.ApplicationException;

/**
 * A party rates an objective they have rated already. Refused rather than taken as a correction:
 * the first rating may already be part of a released batch, and a second one would change a shown
 * figure by one person's rating. Nothing is written.
 */
@ApplicationException(rollback = true)
public class RatingFinal extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public RatingFinal() {
    super("rating: you have already rated the objective; a rating is final once given");
  }
}
