package com.srm.mentoring.analytics.entity;

import com.srm.mentoring.pulse.entity.CellKey;

/**
 * The mean rating of objective attainment by one side (the seniors, as {@code MENTEE}, or the
 * juniors, as {@code MENTOR}) in one cohort or across cohorts, as it may be shown. A suppressed
 * rating carries neither count nor mean, so that nothing can show a 0 for it.
 */
public record Rating(CellKey key, int threshold, Long raters, Double mean) {

  public static Rating suppressed(CellKey key, int threshold) {
    return new Rating(key, threshold, null, null);
  }

  public boolean isSuppressed() {
    return mean == null;
  }
}
