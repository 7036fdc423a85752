package com.srm.mentoring.pairing.control;

/**
 * The program's rules for a pairing (docs/rules.md, pairings), each with the name a refusal
 * carries.
 */
public enum Rule {
  DISTINCT_PEOPLE("distinct-people"),
  COHORT_OPEN("cohort-open"),
  COHORT_FACILITATOR("cohort-facilitator"),
  FACILITATOR_NOT_PARTY("facilitator-not-party"),
  ACTIVE_IN_DIRECTORY("active-in-directory"),
  CHARTER_SIGNED("charter-signed"),
  GRADE_ORDER("grade-order"),
  REPORTING_LINE("reporting-line"),
  ONE_ACTIVE_PAIRING("one-active-pairing");

  private final String label;

  Rule(String label) {
    this.label = label;
  }

  /** The name clients see, e.g. {@code reporting-line}. */
  public String label() {
    return label;
  }
}
