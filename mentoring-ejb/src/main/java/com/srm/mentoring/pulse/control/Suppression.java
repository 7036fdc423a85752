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
 * Decides which cells may be shown (SPEC 5), in two rules.
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
    Map<CellKey, Tally> passing = new HashMap<>();
    for (Tally tally : tallies) {
      if (tally.answers() >= thresholdOf.applyAsInt(tally.key())) {
        passing.put(tally.key(), tally);
      }
    }
    Set<CellKey> hidden = new HashSet<>();
    for (Tally child : passing.values()) {
      for (CellKey parentKey : child.key().parents()) {
        Tally parent = passing.get(parentKey);
        if (parent == null) {
          continue;
        }
        long difference = parent.answers() - child.answers();
        int k = Math.max(thresholdOf.applyAsInt(child.key()), thresholdOf.applyAsInt(parentKey));
        if (difference >= 1 && difference < k) {
          hidden.add(spansViews(child.key(), parentKey) ? parentKey : child.key());
        }
      }
    }
    List<Figure> figures = new ArrayList<>();
    for (Tally tally : tallies) {
      int k = thresholdOf.applyAsInt(tally.key());
      boolean shown = passing.containsKey(tally.key()) && !hidden.contains(tally.key());
      figures.add(shown ? Figure.shown(tally, k) : Figure.suppressed(tally.key(), k));
    }
    return figures;
  }

  /** A cohort's cell against a cell across cohorts: the latter is only on the view across them. */
  private static boolean spansViews(CellKey child, CellKey parent) {
    return child.cohort() != null && parent.cohort() == null;
  }
}
