package com.srm.mentoring.charter.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * Who signs, and the circumstances a signature records about them.
 *
 * @param subject the OIDC subject
 * @param username the sign-in name
 * @param displayName the name as it was at the time of signing
 * @param authenticatedAt when the person last authenticated to Keycloak, or null if unknown
 * @param clientIp where the request came from
 * @param userAgent the browser or program that sent it
 */
public record Signer(
    String subject,
    String username,
    String displayName,
    Instant authenticatedAt,
    String clientIp,
    String userAgent) {

  /** The longest user agent kept; a longer one is cut. */
  public static final int USER_AGENT_LENGTH = 512;

  public Signer {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(displayName, "displayName");
    if (userAgent != null && userAgent.length() > USER_AGENT_LENGTH) {
      userAgent = userAgent.substring(0, USER_AGENT_LENGTH);
    }
  }
}
