package com.srm.mentoring.pairing.entity;

/** What an escalation contact may ask HR to change about a pairing. */
public enum AdjustmentKind {
  /** End the pairing, so that HR can form a new one. */
  RE_PAIR,
  /** Pause the pairing's sessions for a while. */
  PAUSE,
  /** Change how the pair meets, for instance with the facilitator present. */
  FORMAT
}
