package com.srm.mentoring.earlywarning.entity;

import java.util.UUID;

/**
 * How many early warnings stand in a cohort, for HR: counts only, never a pairing, and never an
 * overdue concern: HR does not learn that a concern exists (see docs/privacy.md).
 */
public record CohortWarnings(
    UUID cohortId,
    String cohortName,
    long pairings,
    long quiet,
    long unanswered,
    long repairRequested) {

  public long total() {
    return quiet + unanswered + repairRequested;
  }
}
