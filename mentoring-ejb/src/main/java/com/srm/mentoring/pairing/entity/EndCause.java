package com.srm.mentoring.pairing.entity;

/**
 * Why a pairing ended. Kept for HR's figures only: the parties see that it ended, never why, so
 * that a withdrawal or a re-pair request cannot be read off the other party's page.
 */
public enum EndCause {
  REPAIR,
  WITHDRAWAL,
  DEACTIVATION,
  COHORT_CLOSED
}
