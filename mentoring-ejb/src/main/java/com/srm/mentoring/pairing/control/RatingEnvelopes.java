package com.srm.mentoring.pairing.control;

import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.control.ContentCipher;
import com.srm.mentoring.platform.entity.ContentKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * Ratings sealed with the content keys ({@link ContentCipher}) as one value, for the sealed boxes
 * they pass through on their way to the figures. Several ratings sealed together are separated by
 * {@code ;}, so that every sealed single rating has the same length whatever its value.
 */
public final class RatingEnvelopes {

  private RatingEnvelopes() {}

  /** The ratings, in this order, sealed as one value. */
  public static String seal(List<Integer> ratings) {
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
  public static List<Integer> open(String sealed) {
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
