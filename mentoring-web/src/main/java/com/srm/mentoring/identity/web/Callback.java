package com.srm.mentoring.identity.web;

import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.charter.web.CharterGateFilter;
import com.srm.mentoring.platform.web.HttpSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after sign-in. {@link SignIn} has redeemed the code by the
 * time this runs; the person goes on to the charter if they have not signed the version in force,
 * else to the page they first asked for, or to their profile. Only a page of this application is
 * remembered, so that the sign-in cannot be made to send anyone elsewhere.
 */
@WebServlet("/callback")
public class Callback extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String PAGE_ASKED_FOR = Callback.class.getName() + ".pageAskedFor";

  /** Notes the page a browser asked for before it is sent to sign in. */
  static void rememberPageAskedFor(HttpServletRequest request) {
    String query = request.getQueryString();
    String page = request.getRequestURI() + (query == null ? "" : "?" + query);
    if (isOwnPage(request, page)) {
      request.getSession().setAttribute(PAGE_ASKED_FOR, page);
    }
  }

  @Inject transient Charters charters;

  @Inject transient HttpSettings http;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String page = request.getContextPath() + "/me.xhtml";
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(PAGE_ASKED_FOR) instanceof String asked) {
      session.removeAttribute(PAGE_ASKED_FOR);
      if (isOwnPage(request, asked)) {
        page = asked;
      }
    }
    if (!isAdministration(request, page)
        && CharterGateFilter.signedInWithRole(request)
        && !charters.myStatus().mayTakePart()) {
      // the charter comes before anything else of the program
      page = request.getContextPath() + CharterGateFilter.CHARTER_PAGE;
    }
    // at the public address: behind a proxy the server's own name is not the browser's
    response.sendRedirect(
        http.baseUrl(request) + page.substring(request.getContextPath().length()));
  }

  /** HR's and auditors' pages: work on the program, not in it, so no charter comes first. */
  private static boolean isAdministration(HttpServletRequest request, String page) {
    String root = request.getContextPath();
    return page.startsWith(root + "/hr/") || page.startsWith(root + "/audit/");
  }

  private static boolean isOwnPage(HttpServletRequest request, String page) {
    String root = request.getContextPath() + "/";
    return page.startsWith(root)
        && !page.startsWith("//")
        && !page.contains("\\")
        && !page.startsWith(root + "callback");
  }
}
