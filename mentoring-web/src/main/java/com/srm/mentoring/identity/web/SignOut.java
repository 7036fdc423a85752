package com.srm.mentoring.identity.web;

import com.srm.mentoring.identity.control.IdentitySettings;
import com.srm.mentoring.platform.web.HttpSettings;
import jakarta.inject.Inject;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Signs out of the application and of Keycloak in one step: a shared computer must not keep the
 * corporate session open after the person has left the product.
 */
@WebServlet("/signout")
public class SignOut extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The session cookie's name unless the deployment names it otherwise. */
  private static final String DEFAULT_SESSION_COOKIE = "JSESSIONID";

  @Inject transient IdentitySettings settings;

  @Inject transient HttpSettings http;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    String idToken = null;
    if (session != null && session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn) {
      idToken = signedIn.idToken();
    }
    // The sign-in lives in the session (SignIn); ending the session signs out here.
    if (session != null) {
      session.invalidate();
    }
    forgetSessionCookies(request, response);
    String home = http.baseUrl(request) + "/";
    StringBuilder endSession =
        new StringBuilder(settings.getEndSessionUri())
            .append("?client_id=")
            .append(encode(settings.getClientId()))
            .append("&post_logout_redirect_uri=")
            .append(encode(home));
    if (idToken != null) {
      endSession.append("&id_token_hint=").append(encode(idToken));
    }
    response.sendRedirect(endSession.toString());
  }

  /**
   * With several nodes, another node that served this session may still hold a copy of it in memory
   * after it ended here: the browser forgets the session's cookies, so that no node knows it as
   * signed in any more.
   */
  private static void forgetSessionCookies(
      HttpServletRequest request, HttpServletResponse response) {
    SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
    String name = config.getName() == null ? DEFAULT_SESSION_COOKIE : config.getName();
    String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    // Payara keeps the version of a session it shares with other nodes in a second cookie
    for (String cookie : List.of(name, name + "VERSION")) {
      Cookie expired = new Cookie(cookie, "");
      expired.setPath(path);
      expired.setMaxAge(0);
      expired.setHttpOnly(true);
      expired.setSecure(config.isSecure());
      response.addCookie(expired);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
