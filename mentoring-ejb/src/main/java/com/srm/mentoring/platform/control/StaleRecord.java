package com.srm.mentoring.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * The caller's form showed an older state of the record than the one stored: someone else changed
 * it in between. Nothing is written; the caller reloads and decides again.
 */
@ApplicationException(rollback = true)
public class StaleRecord extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StaleRecord(String recordType) {
    super(
        "version: the "
            + recordType
            + " was changed by someone else since it was read; reload it and try again");
  }

  /** Refuses the change when the form named a version other than the stored one. */
  public static void check(String recordType, Long expected, long stored) {
    if (expected != null && expected != stored) {
      throw new StaleRecord(recordType);
    }
  }
}
