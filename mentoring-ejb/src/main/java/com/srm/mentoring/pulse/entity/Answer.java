package com.srm.mentoring.pulse.entity;

import com.srm.mentoring.platform.entity.Refusal;

/**
 * The three values one person gives after a session, each 1 to 5. It never leaves the request that
 * carries it in the clear beside anything naming the person: it goes to the inbox sealed.
 */
public record Answer(int spokeOpenly, int feltHeard, int wouldRecommend) {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;

  /** The questions, in the order of the values, as the product asks them. */
  public static final String[] QUESTIONS = {"spokeOpenly", "feltHeard", "wouldRecommend"};

  public Answer {
    check("spokeOpenly", spokeOpenly);
    check("feltHeard", feltHeard);
    check("wouldRecommend", wouldRecommend);
  }

  /**
   * The answer from values that may be missing.
   *
   * @throws Refusal naming the first missing or out-of-range value
   */
  public static Answer of(Integer spokeOpenly, Integer feltHeard, Integer wouldRecommend) {
    return new Answer(
        required("spokeOpenly", spokeOpenly),
        required("feltHeard", feltHeard),
        required("wouldRecommend", wouldRecommend));
  }

  private static int required(String field, Integer value) {
    if (value == null) {
      throw Refusal.invalid(field, "refusal.pulse.required", field);
    }
    return value;
  }

  private static void check(String field, int value) {
    if (value < LOWEST || value > HIGHEST) {
      throw Refusal.invalid(field, "refusal.pulse.range", field, LOWEST, HIGHEST, value);
    }
  }

  /** The value given to the question at this position of {@link #QUESTIONS}. */
  public int value(int question) {
    return switch (question) {
      case 0 -> spokeOpenly;
      case 1 -> feltHeard;
      case 2 -> wouldRecommend;
      default -> throw new IndexOutOfBoundsException(question);
    };
  }
}
