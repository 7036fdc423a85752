package com.srm.mentoring.escalation.entity;

/** The rule for every text a concern keeps: not empty, stripped, and no longer than its field. */
final class ConcernText {

  private ConcernText() {}

  /**
   * The value stripped of surrounding blanks.
   *
   * @throws IllegalArgumentException naming the field when it is empty or too long
   */
  static String of(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be empty");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException(field + ": at most " + max + " characters");
    }
    return stripped;
  }
}
