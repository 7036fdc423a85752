package com.srm.mentoring.pairing.control;

import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.RatingSide;
import java.util.UUID;

/**
 * When the ratings waiting for one cohort and one side leave the holding table (docs/rules.md,
 * sessions and micro-questions).
 *
 * <p>They are released together, shuffled, once at least k different people stand behind them.
 * Every rating figure is then a sum of whole batches, so two views of it differ by k people's
 * ratings or by none. A batch spans one side: one of both sides could add a single junior's rating
 * to the juniors' figure. Unlike micro-question answers, ratings are not discarded when the cohort
 * closes: they are given after a pairing has ended, for most pairings at the cohort's end, so that
 * discarding them would lose nearly all of them; held, they still never go out fewer than k.
 */
public final class RatingReleasePlan {

  private RatingReleasePlan() {}

  /**
   * @param people distinct people with a held rating in the group
   * @param threshold the cohort's k
   */
  public record Waiting(UUID cohort, RatingSide side, long people, int threshold) {

    /**
     * A k below the program's minimum, as a row written by hand might hold, counts as the minimum.
     */
    public boolean isDue() {
      return people >= Math.max(threshold, Cohort.MINIMUM_THRESHOLD);
    }
  }
}
