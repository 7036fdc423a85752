package com.srm.mentoring.pairing.entity;

/**
 * A pairing is active, may be paused by HR and resumed, and ends for good: an ended pairing never
 * comes back, a new one is formed. A paused pairing is still the pairing of its two people in the
 * cohort: it holds their place under the one-pairing-per-cohort rule and ends like an active one.
 */
public enum PairingState {
  ACTIVE,
  PAUSED,
  ENDED;

  /** Active or paused: not ended. */
  public boolean isOngoing() {
    return this != ENDED;
  }
}
