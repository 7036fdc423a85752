package com.srm.mentoring.identity.web;

import com.srm.mentoring.identity.entity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Pages sign people in through Keycloak with the OpenID Connect authorization code flow. The {@code
 * groups} claim becomes the caller's roles. Sits on a CDI bean: on a servlet the definition is
 * ignored and the container falls back to Basic authentication.
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${identitySettings.issuer}",
    clientId = "${identitySettings.clientId}",
    clientSecret = "${identitySettings.clientSecret}",
    redirectURI = "${baseURL}/callback",
    redirectToOriginalResource = false,
    scope = {"openid", "email", "profile"},
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
@DeclareRoles({
  Roles.EMPLOYEE,
  Roles.FACILITATOR,
  Roles.HR_ADMIN,
  Roles.ESCALATION_CONTACT,
  Roles.AUDITOR
})
@ApplicationScoped
public class SignIn {}
