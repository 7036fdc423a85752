package com.srm.mentoring.charter.entity;

import java.time.Instant;

/**
 * Where a person stands with the charter.
 *
 * @param signedVersion the newest version they signed, or null
 * @param signedAt when they signed it, or null
 * @param currentVersion the version in force
 * @param current whether they signed the version in force
 * @param withdrawn whether they left the program after their last signature
 */
public record CharterStatus(
    Integer signedVersion,
    Instant signedAt,
    int currentVersion,
    boolean current,
    boolean withdrawn) {

  /** Whether they may take part in the program now. */
  public boolean mayTakePart() {
    return current && !withdrawn;
  }
}
