package com.srm.mentoring.identity.web;

import com.srm.mentoring.identity.boundary.People;
import com.srm.mentoring.identity.control.AuthorizationCodeFlow.SignedInIdentity;
import com.srm.mentoring.identity.control.Claims;
import com.srm.mentoring.identity.control.VerifiedToken;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.platform.web.SecurityHeaders;
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
import java.util.Map;

/**
 * Creates or refreshes the person record from the token: once per browser session at sign-in, and
 * on every REST call, which carries its own token.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SignedInFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String NO_ROLE = "/WEB-INF/errorpages/norole.xhtml";

  @Inject transient People people;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null) {
      if (request.getAttribute(BearerTokens.VERIFIED_TOKEN) instanceof VerifiedToken token) {
        people.signedIn(token.subject(), token.entry());
      } else if (!rememberSignIn(request).hasRole() && isProgramPage(request)) {
        request.getRequestDispatcher(NO_ROLE).forward(request, response);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * Every page but the public landing page belongs to the program; the stylesheets and scripts the
   * pages load do not.
   */
  private static boolean isProgramPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.endsWith(".xhtml")
        && !path.equals("/index.xhtml")
        && !SecurityHeaders.isStaticResource(request);
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
            !person.getRoles().isEmpty(),
            identity.idToken(),
            Claims.authenticatedAt(claims));
    session.setAttribute(SignedIn.ATTRIBUTE, signedIn);
    return signedIn;
  }
}
