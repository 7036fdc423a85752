package com.srm.mentoring.platform.rest;

/**
 * The names the API description groups the operations by, one per feature, and the bearer scheme
 * every operation needs: constants, so that a resource's {@code @Tag} and the application's list
 * cannot drift apart.
 */
public final class ApiTags {

  private ApiTags() {}

  /** The security scheme of every call: a Keycloak access token as a bearer token. */
  public static final String BEARER = "bearer";

  public static final String CHARTER = "Charter";
  public static final String CHARTER_TEXT =
      "The charter in force, signing it, the caller's standing and the evidence of a signature";

  public static final String DIRECTORY = "Directory";
  public static final String DIRECTORY_TEXT =
      "The people the application knows, the sync with Keycloak, appointing roles (HR)";

  public static final String PROGRAM = "Program";
  public static final String PROGRAM_TEXT =
      "Cohorts, pairings and their rules, topics and suggested pairings, adjustments, notices";

  public static final String SESSIONS = "Sessions";
  public static final String SESSIONS_TEXT =
      "A pairing's sessions with agenda and attendance, and the SBI/DESC feedback notes";

  public static final String CONCERNS = "Concerns";
  public static final String CONCERNS_TEXT =
      "Raising a concern, its readers, and its escalation path through the named contacts";

  public static final String PULSE = "Pulse";
  public static final String PULSE_TEXT =
      "The three micro-questions after a held session, and their figures over at least k people";

  public static final String ANALYTICS = "Analytics";
  public static final String ANALYTICS_TEXT =
      "The program dashboard for HR and facilitators, suppressed below k people";

  public static final String AUDIT = "Audit";
  public static final String AUDIT_TEXT =
      "The tamper-evident access log for auditors: search, export, verification, receipts";

  public static final String EARLY_WARNINGS = "Early warnings";
  public static final String EARLY_WARNINGS_TEXT =
      "Signals on a facilitator's pairings, and their counts per cohort for HR";

  public static final String DATA_REQUESTS = "Data requests";
  public static final String DATA_REQUESTS_TEXT =
      "A person's own data on request, and erasure on their request (HR)";
}
