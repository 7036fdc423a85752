package com.srm.mentoring.escalation.entity;

import com.srm.mentoring.platform.entity.Refusal;

/** The rule for every text a concern keeps: not empty, stripped, and no longer than its field. */
final class ConcernText {

  private ConcernText() {}

  /**
   * The value stripped of surrounding blanks.
   *
   * @throws Refusal naming the field when it is empty or too long
   */
  static String of(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, "refusal.mustNotBeEmpty");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw Refusal.invalid(field, "refusal.atMostCharacters", max);
    }
    return stripped;
  }
}
