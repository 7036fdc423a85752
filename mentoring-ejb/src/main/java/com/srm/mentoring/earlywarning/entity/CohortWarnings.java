package com.srm.mentoring.earlywarning.entity;

import java.util.UUID;

/**
 * How many early warnings stand in a cohort, for HR: counts only, never a pairing. A concern whose
 * facilitator it excludes is not counted, so that the counts never differ from what the cohort's
 * facilitators are shown (see docs/architecture.md).
 */
public record CohortWarnings(
    UUID cohortId,
    String cohortName,
    long pairings,
    long quiet,
    long unanswered,
    long repairRequested,
    long concernOverdue) {

  public long total() {
    return quiet + unanswered + repairRequested + concernOverdue;
  }
}
