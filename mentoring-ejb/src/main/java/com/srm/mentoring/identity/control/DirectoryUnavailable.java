package com.srm.mentoring.identity.control;

import jakarta.ejb.ApplicationException;

/** The directory (Keycloak) could not be reached or refused the service account. */
@ApplicationException(rollback = true)
public class DirectoryUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DirectoryUnavailable(Throwable cause) {
    super("the corporate directory is unavailable: " + cause.getMessage(), cause);
  }
}
