package com.srm.mentoring.pulse.control;

import jakarta.ejb.ApplicationException;

/**
 * An answer that cannot be taken, for a reason the person may know: they already answered, did not
 * attend, or the questions have closed. Nothing is written.
 */
@ApplicationException(rollback = true)
public class AnswerRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why; {@code ALREADY_ANSWERED} is a conflict, the rest are refusals of the request. */
  public enum Reason {
    ALREADY_ANSWERED,
    NOT_ATTENDED,
    NOT_HELD,
    CLOSED
  }

  private final Reason reason;

  public AnswerRefused(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
