package com.srm.mentoring.identity.web;

import com.srm.mentoring.identity.control.AuthorizationCodeFlow;
import com.srm.mentoring.identity.control.AuthorizationCodeFlow.Attempt;
import com.srm.mentoring.identity.control.AuthorizationCodeFlow.SignedInIdentity;
import com.srm.mentoring.identity.control.Claims;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.platform.web.HttpSettings;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;

/**
 * Pages sign people in through Keycloak with the OpenID Connect authorization code flow and PKCE;
 * the {@code groups} claim of the ID token becomes the caller's roles, kept in the session.
 *
 * <p>Written here rather than declared with {@code @OpenIdAuthenticationMechanismDefinition}:
 * Payara's OpenID client sends no PKCE parameters, and a realm that requires them refuses it.
 */
@ApplicationScoped
@DeclareRoles({
  Roles.EMPLOYEE,
  Roles.FACILITATOR,
  Roles.HR_ADMIN,
  Roles.ESCALATION_CONTACT,
  Roles.AUDITOR
})
public class SignIn implements HttpAuthenticationMechanism {

  /** The session attribute that holds who signed in. */
  public static final String IDENTITY = SignedInIdentity.class.getName();

  private static final String ATTEMPT = Attempt.class.getName();
  private static final String CALLBACK = "/callback";

  @Inject AuthorizationCodeFlow flow;

  @Inject HttpSettings http;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(IDENTITY) instanceof SignedInIdentity identity) {
      return signedIn(context, identity);
    }
    if (isCallback(request)) {
      return finish(request, context);
    }
    if (context.isProtected()) {
      Attempt attempt = Attempt.fresh();
      request.getSession().setAttribute(ATTEMPT, attempt);
      return context.redirect(flow.authorizationUrl(attempt, redirectUri(request)));
    }
    return context.doNothing();
  }

  /** Keycloak sent the browser back: the state must be this session's, the code redeemable. */
  private AuthenticationStatus finish(HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    Attempt attempt = session == null ? null : (Attempt) session.getAttribute(ATTEMPT);
    String code = request.getParameter("code");
    if (attempt == null || code == null || !attempt.state().equals(request.getParameter("state"))) {
      // a stale or foreign answer, or a sign-in given up: back to the landing page to start over
      return context.redirect(http.baseUrl(request) + "/");
    }
    session.removeAttribute(ATTEMPT);
    Optional<SignedInIdentity> identity = flow.redeem(code, attempt, redirectUri(request));
    if (identity.isEmpty()) {
      return context.redirect(http.baseUrl(request) + "/");
    }
    // a new session id once signed in, so that an id planted before cannot ride on the sign-in
    request.changeSessionId();
    request.getSession().setAttribute(IDENTITY, identity.get());
    return signedIn(context, identity.get());
  }

  private static AuthenticationStatus signedIn(
      HttpMessageContext context, SignedInIdentity identity) {
    Set<String> groups = Claims.groups(identity.claims());
    return context.notifyContainerAboutLogin(identity.username(), groups);
  }

  private static boolean isCallback(HttpServletRequest request) {
    return request.getRequestURI().equals(request.getContextPath() + CALLBACK)
        && request.getParameter("state") != null;
  }

  /** Behind a proxy, the public address: the one the browser can follow and Keycloak expects. */
  private String redirectUri(HttpServletRequest request) {
    return http.baseUrl(request) + CALLBACK;
  }
}
