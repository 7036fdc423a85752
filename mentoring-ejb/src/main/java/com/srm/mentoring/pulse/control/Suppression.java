package com.srm.mentoring.pulse.control;

import com.srm.mentoring.pulse.entity.CellKey;
import com.srm.mentoring.pulse.entity.Figure;
import com.srm.mentoring.pulse.entity.Tally;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Decides which cells may be shown (docs/rules.md, micro-questions), in two rules.
 *
 * <ol>
 *   <li>Threshold: a cell is shown only over at least k answers, k being its cohort's (for a cell
 *       across cohorts, the caller passes the largest k of the cohorts in it).
 *   <li>Complementary suppression: when one cell contains another (a cohort and one of its roles, a
 *       role and one of its weeks, all cohorts and one cohort), the difference of their figures is
 *       a figure over the answers in one and not the other. Where that difference rests on 1 to k-1
 *       answers (k the larger of the two), one of the two is suppressed too: the cell across
 *       cohorts when the pair spans views, else the smaller one.
 * </ol>
 *
 * <p>Pairs are checked among all cells that pass the threshold, not only among those still shown
 * after earlier pairs: the verdict on one pair then never depends on another pair or on which view
 * asked, so that a cohort's page and the page across cohorts never show a pair that one of them
 * would have refused. Since every batch of answers is released whole into one cohort, role and week
 * (see {@link ReleasePlan}) and holds at least k people, the rules rarely have to act on real data;
 * they hold on their own regardless.
 */
public final class Suppression {

  private Suppression() {}

  /**
   * The figures of these tallies, in their order, suppressed as the rules require.
   *
   * @param thresholdOf k for a cell
   */
  public static List<Figure> apply(Collection<Tally> tallies, ToIntFunction<CellKey> thresholdOf) {
    Map<CellKey, Long> counts = new HashMap<>();
    for (Tally tally : tallies) {
      counts.put(tally.key(), tally.answers());
    }
    Set<CellKey> shown = shown(counts, thresholdOf);
    List<Figure> figures = new ArrayList<>();
    for (Tally tally : tallies) {
      int k = thresholdOf.applyAsInt(tally.key());
      figures.add(
          shown.contains(tally.key()) ? Figure.shown(tally, k) : Figure.suppressed(tally.key(), k));
    }
    return figures;
  }

  /**
   * The cells that may be shown, by the two rules, of cells known only by how many people stand
   * behind each: for figures that are not tallies of answers, such as the ratings of objectives.
   *
   * @param respondents per cell, how many distinct people its figure rests on
   * @param thresholdOf k for a cell
   */
  public static Set<CellKey> shown(
      Map<CellKey, Long> respondents, ToIntFunction<CellKey> thresholdOf) {
    Map<CellKey, Long> passing = new HashMap<>();
    respondents.forEach(
        (key, count) -> {
          if (count >= thresholdOf.applyAsInt(key)) {
            passing.put(key, count);
          }
        });
    Set<CellKey> hidden = new HashSet<>();
    passing.forEach(
        (child, childCount) -> {
          for (CellKey parentKey : child.parents()) {
            Long parentCount = passing.get(parentKey);
            if (parentCount == null) {
              continue;
            }
            long difference = parentCount - childCount;
            int k = Math.max(thresholdOf.applyAsInt(child), thresholdOf.applyAsInt(parentKey));
            if (difference >= 1 && difference < k) {
              hidden.add(spansViews(child, parentKey) ? parentKey : child);
            }
          }
        });
    Set<CellKey> shown = new HashSet<>(passing.keySet());
    shown.removeAll(hidden);
    return shown;
  }

  /** A cohort's cell against a cell across cohorts: the latter is only on the view across them. */
  private static boolean spansViews(CellKey child, CellKey parent) {
    return child.cohort() != null && parent.cohort() == null;
  }
}
