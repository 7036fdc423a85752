package com.srm.mentoring.pulse.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Which answers a figure is over: a null part means "all" (all cohorts, both roles, every week).
 * One key contains another when it leaves open everything the other leaves open and agrees on the
 * rest; then the difference of their figures is itself a figure over a group of answers.
 */
public record CellKey(UUID cohort, RespondentRole role, String week) {

  /** True when every answer of {@code other} is also one of this key's. */
  public boolean contains(CellKey other) {
    return (cohort == null || cohort.equals(other.cohort))
        && (role == null || role == other.role)
        && (week == null || week.equals(other.week));
  }

  /** The keys this one is strictly inside of: the same with one or more parts opened up. */
  public List<CellKey> parents() {
    // only fixed parts can be opened: each non-empty subset of them gives one distinct parent
    int fixed = (cohort == null ? 0 : 1) | (role == null ? 0 : 2) | (week == null ? 0 : 4);
    List<CellKey> parents = new ArrayList<>(7);
    for (int mask = 1; mask < 8; mask++) {
      if ((mask & ~fixed) == 0) {
        parents.add(
            new CellKey(
                (mask & 1) != 0 ? null : cohort,
                (mask & 2) != 0 ? null : role,
                (mask & 4) != 0 ? null : week));
      }
    }
    return parents;
  }

  @Override
  public String toString() {
    return Objects.toString(cohort, "*")
        + "/"
        + Objects.toString(role, "*")
        + "/"
        + Objects.toString(week, "*");
  }
}
