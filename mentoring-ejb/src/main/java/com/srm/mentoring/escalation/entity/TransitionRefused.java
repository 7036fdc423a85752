package com.srm.mentoring.escalation.entity;

import jakarta.ejb.ApplicationException;

/**
 * A change the concern's state does not allow, or one someone else made first; the message names
 * the state. Nothing is written.
 */
@ApplicationException(rollback = true)
public class TransitionRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TransitionRefused(String message) {
    super(message);
  }
}
