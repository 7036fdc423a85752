package com.srm.mentoring.escalation.entity;

import java.time.Duration;
import java.util.Objects;

/** How long each step may stay unattended before it is handed on (a setting per step). */
public record Deadlines(Duration step1, Duration step2, Duration step3) {

  public Deadlines {
    Objects.requireNonNull(step1);
    Objects.requireNonNull(step2);
    Objects.requireNonNull(step3);
  }

  /** The time allowed in the state, or null for a state without a deadline. */
  public Duration of(ConcernState state) {
    return switch (state) {
      case STEP_1 -> step1;
      case STEP_2 -> step2;
      case STEP_3 -> step3;
      default -> null;
    };
  }
}
