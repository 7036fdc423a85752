package com.srm.mentoring.pulse.entity;

import java.util.Objects;

/**
 * The raw figure of a cell as the database computed it: how many answers, the mean of each question
 * and how many gave each value. Never shown as it is: the suppression rules decide whether it may
 * become a shown {@link Figure}.
 *
 * @param means one per question, in the order of {@link Answer#QUESTIONS}
 * @param distribution {@code distribution[question][value - 1]}
 */
public record Tally(CellKey key, long answers, double[] means, long[][] distribution) {

  public Tally {
    Objects.requireNonNull(key, "key");
    if (means.length != Answer.QUESTIONS.length || distribution.length != Answer.QUESTIONS.length) {
      throw new IllegalArgumentException("one mean and one distribution per question");
    }
  }
}
