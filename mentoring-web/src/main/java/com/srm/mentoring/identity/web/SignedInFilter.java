package com.srm.mentoring.identity.web;

import com.srm.mentoring.identity.boundary.People;
import com.srm.mentoring.identity.control.Claims;
import com.srm.mentoring.identity.control.VerifiedToken;
import com.srm.mentoring.identity.entity.Person;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Creates or refreshes the person record from the token: once per browser session at sign-in, and
 * on every REST call, which carries its own token.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SignedInFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String NO_ROLE = "/WEB-INF/errorpages/norole.xhtml";
  private static final String[] DIRECTORY_CLAIMS = {
    "preferred_username", "name", "department", "grade", "manager"
  };

  @Inject transient People people;

  @Inject transient OpenIdContext openId;

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

  /** Every page but the public landing page belongs to the program. */
  private static boolean isProgramPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.endsWith(".xhtml") && !path.equals("/index.xhtml");
  }

  private SignedIn rememberSignIn(HttpServletRequest request) {
    HttpSession session = request.getSession();
    if (session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn known) {
      return known;
    }
    JwtClaims idClaims = openId.getIdentityToken().getJwtClaims();
    Map<String, Object> claims = new HashMap<>();
    for (String name : DIRECTORY_CLAIMS) {
      idClaims.getStringClaim(name).ifPresent(value -> claims.put(name, value));
    }
    claims.put("groups", idClaims.getArrayStringClaim("groups"));
    idClaims.getIssuedAt().ifPresent(iat -> claims.put("iat", iat));
    idClaims
        .getNumericDateClaim("auth_time")
        .ifPresent(authTime -> claims.put("auth_time", authTime));
    Person person = people.signedIn(openId.getSubject(), Claims.directoryEntry(claims));
    SignedIn signedIn =
        new SignedIn(
            person.getSubject(),
            person.getUsername(),
            person.getDisplayName(),
            !person.getRoles().isEmpty(),
            openId.getIdentityToken().getToken(),
            Claims.authenticatedAt(claims));
    session.setAttribute(SignedIn.ATTRIBUTE, signedIn);
    return signedIn;
  }
}
