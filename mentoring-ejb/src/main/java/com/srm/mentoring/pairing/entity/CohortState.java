package com.srm.mentoring.pairing.entity;

/** A cohort only moves forward: draft, then active, then closed. */
public enum CohortState {
  DRAFT,
  ACTIVE,
  CLOSED
}
