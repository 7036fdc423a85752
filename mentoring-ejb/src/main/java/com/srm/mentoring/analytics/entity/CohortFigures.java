package com.srm.mentoring.analytics.entity;

import com.srm.mentoring.pulse.entity.Figure;
import java.util.UUID;

/**
 * The dashboard's row of one cohort, or (with a null id and name) of all the cohorts the caller
 * sees together: its participation counts, shown as they are, and what rests on what people said,
 * suppressed below k.
 *
 * @param threshold the k its answers and ratings are held to
 * @param answers the micro-questions over all of the cohort's released answers
 * @param seniorRating the seniors' ratings of how far they got with their objective
 * @param juniorRating the juniors' ratings of the same
 */
public record CohortFigures(
    ParticipationCounts counts,
    int threshold,
    Figure answers,
    Rating seniorRating,
    Rating juniorRating) {

  public UUID cohortId() {
    return counts.cohortId();
  }

  public String name() {
    return counts.name();
  }

  public boolean isTotal() {
    return counts.cohortId() == null;
  }
}
