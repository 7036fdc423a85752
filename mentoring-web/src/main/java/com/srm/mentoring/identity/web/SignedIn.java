package com.srm.mentoring.identity.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * The signed-in person of a browser session, as the header shows them.
 *
 * @param subject the OIDC subject
 * @param username the sign-in name
 * @param displayName the name shown in the header
 * @param hasRole whether the program has a role for the person, as their record said at the last
 *     program page
 * @param idToken the ID token, handed back to Keycloak at sign-out so that its session ends too
 * @param authenticatedAt when the person authenticated to Keycloak, as the ID token says
 */
public record SignedIn(
    String subject,
    String username,
    String displayName,
    boolean hasRole,
    String idToken,
    Instant authenticatedAt)
    implements Serializable {

  /** The session attribute (and EL name) under which the signed-in person is kept. */
  public static final String ATTRIBUTE = "signedIn";

  /** The same person, with a role in the program or without one now. */
  public SignedIn withRole(boolean role) {
    return new SignedIn(subject, username, displayName, role, idToken, authenticatedAt);
  }
}
