package com.srm.mentoring.analytics.control;

import com.srm.mentoring.analytics.entity.Rating;
import com.srm.mentoring.pulse.control.Suppression;
import com.srm.mentoring.pulse.entity.CellKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Which ratings of objective attainment may be shown: a rating is what a person said, so it obeys
 * the micro-questions' rules (docs/rules.md, micro-questions), the threshold and complementary
 * suppression between a cohort's cell and the cell across cohorts. They are counted from released
 * ratings only, which grow by batches of at least k (docs/rules.md, sessions), and their mean is
 * shown to one decimal: a scale of five steps says no more, and a finer mean would tell more of the
 * values behind it.
 */
public final class Ratings {

  private Ratings() {}

  public static List<Rating> apply(List<RatingCount> counts, ToIntFunction<CellKey> thresholdOf) {
    Map<CellKey, Long> raters = new HashMap<>();
    counts.forEach(count -> raters.put(count.key(), count.raters()));
    Set<CellKey> shown = Suppression.shown(raters, thresholdOf);
    return counts.stream()
        .map(
            count -> {
              int k = thresholdOf.applyAsInt(count.key());
              return shown.contains(count.key()) && count.mean() != null
                  ? new Rating(count.key(), k, count.raters(), round(count.mean()))
                  : Rating.suppressed(count.key(), k);
            })
        .toList();
  }

  private static double round(double mean) {
    return Math.round(mean * 10) / 10.0;
  }
}
