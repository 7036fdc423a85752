package com.srm.mentoring.identity.entity;

import java.util.List;

/** The global roles the corporate directory hands out (docs/rules.md, visibility). */
public final class Roles {

  public static final String EMPLOYEE = "employee";
  public static final String FACILITATOR = "facilitator";
  public static final String HR_ADMIN = "hr-admin";
  public static final String ESCALATION_CONTACT = "escalation-contact";
  public static final String AUDITOR = "auditor";

  public static final List<String> ALL =
      List.of(EMPLOYEE, FACILITATOR, HR_ADMIN, ESCALATION_CONTACT, AUDITOR);

  /** The roles HR hands out from the product; the others are managed in the directory itself. */
  public static final List<String> APPOINTED_BY_HR =
      List.of(FACILITATOR, ESCALATION_CONTACT, AUDITOR);

  /**
   * The roles one person may not combine (separation of duties): HR administers the program, the
   * escalation contacts read what juniors raise, the auditors check both.
   */
  public static final List<String> SEPARATED = List.of(HR_ADMIN, ESCALATION_CONTACT, AUDITOR);

  private Roles() {}
}
