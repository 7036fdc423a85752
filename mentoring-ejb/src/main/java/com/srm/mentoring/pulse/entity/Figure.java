package com.srm.mentoring.pulse.entity;

/**
 * A cell as it may be shown: either its tally, or only that it is suppressed, with the threshold
 * that was not met. A suppressed figure carries no count, mean or distribution at all, so that no
 * page or export can show a 0 or a blank for it.
 */
public record Figure(CellKey key, int threshold, Tally tally) {

  public static Figure shown(Tally tally, int threshold) {
    return new Figure(tally.key(), threshold, tally);
  }

  public static Figure suppressed(CellKey key, int threshold) {
    return new Figure(key, threshold, null);
  }

  public boolean isSuppressed() {
    return tally == null;
  }
}
