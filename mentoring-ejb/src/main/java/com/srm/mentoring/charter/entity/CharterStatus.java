package com.srm.mentoring.charter.entity;

/**
 * Where a person stands with the charter.
 *
 * @param signedVersion the newest version they signed, or null
 * @param currentVersion the version in force
 * @param current whether they signed the version in force
 * @param withdrawn whether they left the program after their last signature
 */
public record CharterStatus(
    Integer signedVersion, int currentVersion, boolean current, boolean withdrawn) {

  /** Whether they may take part in the program now. */
  public boolean mayTakePart() {
    return current && !withdrawn;
  }
}
