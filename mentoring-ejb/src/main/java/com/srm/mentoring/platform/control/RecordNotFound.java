package com.srm.mentoring.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * There is no such record for the caller: it does not exist, or the caller may not read it. Both
 * answer alike, so that a refusal reveals nothing (docs/rules.md, visibility); whoever refused has
 * logged it.
 */
@ApplicationException(rollback = true)
public class RecordNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RecordNotFound(String recordType, Object id) {
    super(recordType + " " + id + " not found");
  }
}
