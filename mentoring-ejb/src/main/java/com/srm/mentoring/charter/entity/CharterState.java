package com.srm.mentoring.charter.entity;

/** Where a charter version stands. */
public enum CharterState {
  /** HR is still writing it; nobody signs it. */
  DRAFT,
  /** Final: people sign exactly this text. */
  PUBLISHED
}
