package com.srm.mentoring.escalation.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a concern stands on the escalation path. It only moves forward: from a step to the next
 * one, or to resolved from anywhere; step 1 may be skipped when the concern is raised.
 */
public enum ConcernState {
  RAISED,
  /** Confidential check-in, owned by a facilitator who is a named escalation contact. */
  STEP_1,
  /** HR-mediated conversation, owned by an HR escalation contact. */
  STEP_2,
  /** Program adjustment of the pairing, asked for by the owning contact and carried out by HR. */
  STEP_3,
  RESOLVED;

  /** The states this one may move to. */
  public Set<ConcernState> successors() {
    return switch (this) {
      case RAISED -> EnumSet.of(STEP_1, STEP_2, RESOLVED);
      case STEP_1 -> EnumSet.of(STEP_2, RESOLVED);
      case STEP_2 -> EnumSet.of(STEP_3, RESOLVED);
      case STEP_3 -> EnumSet.of(RESOLVED);
      case RESOLVED -> EnumSet.noneOf(ConcernState.class);
    };
  }

  public boolean canMoveTo(ConcernState target) {
    return successors().contains(target);
  }

  public boolean isStep() {
    return this == STEP_1 || this == STEP_2 || this == STEP_3;
  }

  /** The step an unattended concern is handed on to, or this one when there is none further. */
  public ConcernState escalated() {
    return switch (this) {
      case RAISED -> STEP_1;
      case STEP_1 -> STEP_2;
      case STEP_2, STEP_3 -> STEP_3;
      case RESOLVED -> RESOLVED;
    };
  }
}
