package com.srm.mentoring.analytics.entity;

/** How finely figures over time are grouped, with PostgreSQL's {@code to_char} pattern for it. */
public enum Period {
  /** Calendar months, as {@code 2026-11}. */
  MONTH("YYYY-MM"),
  /** ISO-8601 weeks, as {@code 2026-W48}, the same labels as the micro-questions' weeks. */
  WEEK("IYYY-\"W\"IW");

  private final String pattern;

  Period(String pattern) {
    this.pattern = pattern;
  }

  public String pattern() {
    return pattern;
  }
}
