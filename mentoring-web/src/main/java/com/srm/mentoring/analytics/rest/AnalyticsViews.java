package com.srm.mentoring.analytics.rest;

import com.srm.mentoring.analytics.entity.CohortFigures;
import com.srm.mentoring.analytics.entity.PeriodCount;
import com.srm.mentoring.analytics.entity.Rating;
import com.srm.mentoring.pulse.entity.Figure;
import com.srm.mentoring.pulse.entity.Tally;
import com.srm.mentoring.pulse.rest.PulseViews.CellView;
import java.util.List;
import java.util.UUID;

/**
 * The dashboard as the API shows it. A figure that rests on what people said is either shown with
 * its numbers or {@code {"suppressed": true}} with none: JSON-B leaves out the null numbers, so
 * that no client can take a missing value for 0.
 */
public final class AnalyticsViews {

  private AnalyticsViews() {}

  /** The micro-questions over a cohort's released answers: means per question. */
  public record AnswersView(
      boolean suppressed,
      Long answers,
      Double spokeOpenly,
      Double feltHeard,
      Double wouldRecommend) {

    static AnswersView of(Figure figure) {
      if (figure.isSuppressed()) {
        return new AnswersView(true, null, null, null, null);
      }
      Tally tally = figure.tally();
      return new AnswersView(
          false,
          tally.answers(),
          round(tally.means()[0]),
          round(tally.means()[1]),
          round(tally.means()[2]));
    }
  }

  /** One side's mean rating of objective attainment. */
  public record RatingView(boolean suppressed, Long raters, Double mean) {

    static RatingView of(Rating rating) {
      return rating.isSuppressed()
          ? new RatingView(true, null, null)
          : new RatingView(false, rating.raters(), rating.mean());
    }
  }

  /** A cohort's row, or (without id and name) the row over all cohorts the caller sees. */
  public record CohortRow(
      UUID cohortId,
      String name,
      int threshold,
      long pairings,
      long sessionsPlanned,
      long sessionsHeld,
      long answersDue,
      long answersGiven,
      long quietPairings,
      long withdrawals,
      long repairRequests,
      AnswersView answers,
      RatingView seniorRating,
      RatingView juniorRating) {

    static CohortRow of(CohortFigures f) {
      return new CohortRow(
          f.cohortId(),
          f.name(),
          f.threshold(),
          f.counts().pairings(),
          f.counts().sessionsPlanned(),
          f.counts().sessionsHeld(),
          f.counts().answersDue(),
          f.counts().answersGiven(),
          f.counts().quietPairings(),
          f.counts().withdrawals(),
          f.counts().repairRequests(),
          AnswersView.of(f.answers()),
          RatingView.of(f.seniorRating()),
          RatingView.of(f.juniorRating()));
    }
  }

  /** Withdrawals and re-pair requests in one month or ISO week. */
  public record PeriodView(String period, long withdrawals, long repairRequests) {

    static PeriodView of(PeriodCount count) {
      return new PeriodView(count.period(), count.withdrawals(), count.repairRequests());
    }
  }

  /** One cohort's dashboard, or the one across cohorts: its row, endings over time, its trend. */
  public record DetailView(
      CohortRow figures, String period, List<PeriodView> overTime, List<CellView> trend) {}

  private static double round(double mean) {
    return Math.round(mean * 100) / 100.0;
  }
}
