package com.srm.mentoring.charter.control;

import jakarta.ejb.ApplicationException;

/** The caller has not signed the charter in force, or withdrew: program activity waits for it. */
@ApplicationException(rollback = true)
public class CharterNotSigned extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int currentVersion;

  public CharterNotSigned(int currentVersion) {
    super(
        "charter: sign the charter in force (version "
            + currentVersion
            + ") before taking part in the program");
    this.currentVersion = currentVersion;
  }

  public int currentVersion() {
    return currentVersion;
  }
}
