package com.srm.mentoring.charter.control;

import jakarta.ejb.ApplicationException;

/** A signature that cannot be given: its version is not the one in force, or its hash is wrong. */
@ApplicationException(rollback = true)
public class SigningRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The version is not the one in force: the person read an older (or unknown) text. */
    STALE_VERSION,
    /** The hash is not the version's: the person did not read the text it stands for. */
    WRONG_HASH
  }

  private final Reason reason;

  public SigningRefused(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
