package com.srm.mentoring.identity.web;

import com.srm.mentoring.identity.control.KeycloakStatus;
import com.srm.mentoring.identity.control.VerifiedCaller;
import com.srm.mentoring.identity.control.VerifiedCallers;
import com.srm.mentoring.identity.control.VerifiedToken;
import com.srm.mentoring.platform.web.CrossOriginRequests;
import com.srm.mentoring.platform.web.HttpSettings;
import com.srm.mentoring.platform.web.SecurityHeaders;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Lets the REST API take Keycloak bearer tokens next to the pages' OpenID Connect sign-in.
 *
 * <p>Jakarta EE 10 allows one authentication mechanism per application, and the OpenID one would
 * answer an API call with a redirect to the sign-in page. This decorator takes the requests that
 * carry a bearer token, and every request to {@code /api/}, and leaves all others to the OpenID
 * mechanism. An API call without a valid token is answered 401, never redirected.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class BearerTokens implements HttpAuthenticationMechanism {

  /** Where a verified token waits for the rest of the request. */
  public static final String VERIFIED_TOKEN = VerifiedToken.class.getName();

  /** The same caller as the cache keeps them, for the check of their person record. */
  public static final String VERIFIED_CALLER = VerifiedCaller.class.getName();

  private static final String BEARER = "Bearer ";
  private static final String SIGN_IN_UNAVAILABLE = "/WEB-INF/errorpages/signin-unavailable.xhtml";

  @Inject @Delegate @Any HttpAuthenticationMechanism delegate;

  @Inject VerifiedCallers callers;

  @Inject KeycloakStatus keycloak;

  @Inject HttpSettings httpSettings;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws jakarta.security.enterprise.AuthenticationException {
    String authorization = request.getHeader("Authorization");
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      Optional<VerifiedCaller> caller =
          callers.verify(authorization.substring(BEARER.length()).strip());
      if (caller.isEmpty()) {
        return unauthorized(request, response, context);
      }
      VerifiedToken token = caller.get().token();
      request.setAttribute(VERIFIED_TOKEN, token);
      request.setAttribute(VERIFIED_CALLER, caller.get());
      return context.notifyContainerAboutLogin(token.entry().username(), token.groups());
    }
    if (api) {
      return context.isProtected() ? unauthorized(request, response, context) : context.doNothing();
    }
    boolean keycloakDown =
        context.isProtected() && request.getUserPrincipal() == null && !keycloak.isUp();
    // a person signed in before keeps working: their session is the delegate's to check
    if (keycloakDown && !signedInBefore(request)) {
      return signInUnavailable(request, response);
    }
    AuthenticationStatus status = delegate.validateRequest(request, response, context);
    if (keycloakDown && status == AuthenticationStatus.SEND_CONTINUE && !response.isCommitted()) {
      // the session could not be carried on without Keycloak: a new sign-in, which cannot be had
      response.reset();
      return signInUnavailable(request, response);
    }
    if (status == AuthenticationStatus.SEND_CONTINUE
        && context.isProtected()
        && "GET".equals(request.getMethod())) {
      PageAskedFor.remember(request);
    }
    return status;
  }

  private static boolean signedInBefore(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn;
  }

  /**
   * Sending the browser to a Keycloak that does not answer would end on the browser's own error
   * page; this says what is going on instead.
   */
  private static AuthenticationStatus signInUnavailable(
      HttpServletRequest request, HttpServletResponse response) {
    try {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "60");
      request.getRequestDispatcher(SIGN_IN_UNAVAILABLE).forward(request, response);
    } catch (ServletException | IOException e) {
      throw new IllegalStateException("could not show " + SIGN_IN_UNAVAILABLE, e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /**
   * The 401 is given before any filter runs, so it sets the headers every answer carries itself.
   */
  private AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeaders.addTo(request, response, httpSettings);
    // the portal's page learns that its token no longer counts, instead of a network error
    CrossOriginRequests.addTo(request, response, httpSettings);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"mentoring\"");
    return context.responseUnauthorized();
  }
}
