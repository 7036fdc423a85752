package com.srm.mentoring.identity.web;

import java.util.List;

/** The global roles the corporate directory hands out (SPEC 2). */
public final class Roles {

  public static final String EMPLOYEE = "employee";
  public static final String FACILITATOR = "facilitator";
  public static final String HR_ADMIN = "hr-admin";
  public static final String ESCALATION_CONTACT = "escalation-contact";
  public static final String AUDITOR = "auditor";

  public static final List<String> ALL =
      List.of(EMPLOYEE, FACILITATOR, HR_ADMIN, ESCALATION_CONTACT, AUDITOR);

  private Roles() {}
}
