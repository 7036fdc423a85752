package com.srm.mentoring.analytics.web;

import com.srm.mentoring.analytics.entity.CohortFigures;
import com.srm.mentoring.analytics.entity.Rating;
import com.srm.mentoring.pulse.entity.Figure;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The dashboard's cohort rows as text for the tables and the CSV: the same numbers in both. A
 * suppressed figure reads "fewer than k people", never 0 or blank.
 */
public final class AnalyticsRows {

  private AnalyticsRows() {}

  /** One cohort's row, or the row over all visible cohorts, as shown. */
  public record Row(
      String cohortId,
      String name,
      long pairings,
      long sessionsPlanned,
      long sessionsHeld,
      long answersDue,
      long answersGiven,
      long quietPairings,
      long withdrawals,
      long repairRequests,
      String answers,
      String spokeOpenly,
      String feltHeard,
      String wouldRecommend,
      String seniorRating,
      String juniorRating) {}

  static Row of(CohortFigures f, ResourceBundle msg) {
    Figure answers = f.answers();
    String suppressed = MessageFormat.format(msg.getString("analytics.suppressed"), f.threshold());
    String[] means = new String[3];
    for (int q = 0; q < means.length; q++) {
      means[q] =
          answers.isSuppressed()
              ? suppressed
              : String.format(Locale.ROOT, "%.2f", answers.tally().means()[q]);
    }
    return new Row(
        f.cohortId() == null ? "" : f.cohortId().toString(),
        f.isTotal() ? msg.getString("analytics.allCohorts") : f.name(),
        f.counts().pairings(),
        f.counts().sessionsPlanned(),
        f.counts().sessionsHeld(),
        f.counts().answersDue(),
        f.counts().answersGiven(),
        f.counts().quietPairings(),
        f.counts().withdrawals(),
        f.counts().repairRequests(),
        answers.isSuppressed() ? suppressed : Long.toString(answers.tally().answers()),
        means[0],
        means[1],
        means[2],
        rating(f.seniorRating(), msg),
        rating(f.juniorRating(), msg));
  }

  private static String rating(Rating rating, ResourceBundle msg) {
    return rating.isSuppressed()
        ? MessageFormat.format(msg.getString("analytics.suppressed"), rating.threshold())
        : String.format(Locale.ROOT, "%.1f (%d)", rating.mean(), rating.raters());
  }

  /** {@code part} of {@code whole} in whole percent; 0 of nothing is 0. */
  static long percent(long part, long whole) {
    return whole == 0 ? 0 : Math.round(100.0 * part / whole);
  }
}
