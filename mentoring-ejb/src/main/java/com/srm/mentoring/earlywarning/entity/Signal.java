package com.srm.mentoring.earlywarning.entity;

/** What makes a pairing worth a facilitator's attention. */
public enum Signal {
  /** No session held for the configured number of weeks, although the pairing is older. */
  QUIET,
  /** A party attended a held session and has not answered its micro-questions. */
  UNANSWERED,
  /** A party asked for a re-pair; who asked is recorded nowhere. */
  REPAIR_REQUESTED,
  /**
   * A concern about the pairing is still open and its step 1 ran past its deadline. Nothing else
   * about the concern is told: not who raised it, not when, not what it says.
   */
  CONCERN_OVERDUE;

  /** Whether the signal comes from a concern, whose existence alone is confidential. */
  public boolean isConfidential() {
    return this == CONCERN_OVERDUE;
  }
}
