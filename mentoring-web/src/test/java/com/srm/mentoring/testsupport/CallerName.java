package com.srm.mentoring.testsupport;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/**
 * For the in-container tests: the name the container gives the caller, as the boundaries see it.
 * Deployed with the in-container tier only.
 */
@Stateless
@PermitAll
public class CallerName {

  @Resource SessionContext session;

  public String name() {
    return session.getCallerPrincipal().getName();
  }
}
