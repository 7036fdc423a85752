package com.srm.mentoring.charter.rest;

/**
 * Examples of the portal's charter calls in the API description: what a portal page reads and sends
 * to show a person's standing and let them sign. Made-up values of the right shape.
 */
final class CharterExamples {

  private CharterExamples() {}

  static final String HASH = "9f2c4e0b7a1d3c5e8f6a2b4d0c1e3f5a7b9d2c4e6f8a0b1c3d5e7f9a2b4c6d8e";

  static final String STATUS_NOT_SIGNED =
      "{\"signedVersion\": null, \"current\": false, \"withdrawn\": false, \"currentVersion\": 2}";

  static final String STATUS_SIGNED =
      "{\"signedVersion\": 2, \"current\": true, \"withdrawn\": false, \"currentVersion\": 2}";

  static final String CHARTER =
      "{\"version\": 2, \"hash\": \""
          + HASH
          + "\", \"publishedAt\": \"2026-11-02T09:00:00Z\","
          + " \"text\": \"Charter version 2\\n\\nGround rules\\n…\","
          + " \"groundRules\": \"We speak openly and listen without judging.\","
          + " \"confidentiality\": \"What is said in a session stays in the session.\","
          + " \"escalationPath\": \"A concern goes to the cohort's named escalation contacts.\","
          + " \"openingScript\": \"Welcome. Today the junior leads.\"}";

  static final String SIGN = "{\"version\": 2, \"hash\": \"" + HASH + "\"}";

  static final String SIGNED =
      "{\"sequence\": 418, \"version\": 2, \"textHash\": \""
          + HASH
          + "\", \"subject\": \"5b0c1f7e-2a4d-4c8b-9e61-3f2a7d9c0b15\", \"username\": \"jun\","
          + " \"displayName\": \"Jun Takahashi\", \"authenticatedAt\": \"2026-12-05T08:59:40Z\","
          + " \"signedAt\": \"2026-12-05T09:01:12Z\", \"clientIp\": \"10.20.30.40\","
          + " \"userAgent\": \"Mozilla/5.0\", \"prevHash\": \"…\", \"hash\": \"…\"}";
}
