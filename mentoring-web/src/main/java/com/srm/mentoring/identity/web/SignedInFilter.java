package com.srm.mentoring.identity.web;

import com.srm.mentoring.identity.boundary.People;
import com.srm.mentoring.identity.control.AuthorizationCodeFlow.SignedInIdentity;
import com.srm.mentoring.identity.control.Claims;
import com.srm.mentoring.identity.control.VerifiedCaller;
import com.srm.mentoring.identity.control.VerifiedCallers;
import com.srm.mentoring.identity.control.VerifiedToken;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.web.SecurityHeaders;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Creates or refreshes the person record from the token: once per browser session at sign-in, and
 * for a REST call, which carries its own token, on the token's first call and whenever the record
 * changed since ({@link VerifiedCallers}). A person the record no longer lets in (the directory
 * disabled them) stays out although their token is still valid: the API answers 401, the pages the
 * polite page for people without a role, checked against the record on every page.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SignedInFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String NO_ROLE = "/WEB-INF/errorpages/norole.xhtml";

  @Inject transient People people;

  @Inject transient VerifiedCallers callers;

  @Inject transient Event<AccessDenied> denials;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null) {
      if (request.getAttribute(BearerTokens.VERIFIED_CALLER) instanceof VerifiedCaller caller) {
        VerifiedToken token = caller.token();
        // the record is refreshed on a token's first call and after it changed, not on every call
        if (!callers.letsIn(caller, () -> people.signedIn(token.subject(), token.entry()))) {
          refuseInactive(request, response);
          return;
        }
      } else {
        // remembered on every request, the callback included: it decides where sign-in leads
        SignedIn signedIn = rememberSignIn(request);
        if (isProgramPage(request) && !mayEnter(request, signedIn)) {
          request.getRequestDispatcher(NO_ROLE).forward(request, response);
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * Every page but the public landing page belongs to the program, and so do the evidence PDF and
   * the log export; the stylesheets and scripts the pages load do not.
   */
  private static boolean isProgramPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return (path.endsWith(".xhtml") || path.endsWith(".pdf") || path.endsWith(".csv"))
        && !path.equals("/index.xhtml")
        && !SecurityHeaders.isStaticResource(request);
  }

  /**
   * Whether the session's person may enter a program page now: the record, not the sign-in,
   * decides, so that a role removed or a person disabled since counts from the next page. One
   * lookup by primary key per page; the session's copy follows, for the header and the charter
   * gate.
   */
  private boolean mayEnter(HttpServletRequest request, SignedIn signedIn) {
    Optional<Person> person = people.find(signedIn.subject());
    boolean hasRole = person.map(SignedInFilter::hasRole).orElse(false);
    if (hasRole != signedIn.hasRole()) {
      request.getSession().setAttribute(SignedIn.ATTRIBUTE, signedIn.withRole(hasRole));
    }
    return hasRole;
  }

  private static boolean hasRole(Person person) {
    return person.isActive() && !person.getRoles().isEmpty();
  }

  private SignedIn rememberSignIn(HttpServletRequest request) {
    HttpSession session = request.getSession();
    if (session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn known) {
      return known;
    }
    if (!(session.getAttribute(SignIn.IDENTITY) instanceof SignedInIdentity identity)) {
      throw new IllegalStateException("signed in without an identity in the session");
    }
    Map<String, Object> claims = identity.claims();
    Person person = people.signedIn(identity.subject(), Claims.directoryEntry(claims));
    SignedIn signedIn =
        new SignedIn(
            person.getSubject(),
            person.getUsername(),
            person.getDisplayName(),
            hasRole(person),
            identity.idToken(),
            Claims.authenticatedAt(claims));
    session.setAttribute(SignedIn.ATTRIBUTE, signedIn);
    return signedIn;
  }

  /** The token is still valid, but its bearer is no longer let in: logged, and answered 401. */
  private void refuseInactive(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Action attempted =
        switch (request.getMethod()) {
          case "GET", "HEAD" -> Action.READ;
          case "POST" -> Action.CREATE;
          case "DELETE" -> Action.DELETE;
          default -> Action.UPDATE;
        };
    denials.fire(
        AccessDenied.atTheEdge(
            attempted, request.getRequestURI().substring(request.getContextPath().length())));
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(
        "WWW-Authenticate",
        "Bearer realm=\"mentoring\", error=\"invalid_token\","
            + " error_description=\"the account is disabled\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"This account is disabled in the corporate directory.\"}");
  }
}
