package com.srm.mentoring.charter.web;

import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.identity.web.PageAskedFor;
import com.srm.mentoring.platform.web.HttpSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after sign-in. The sign-in has redeemed the code by the
 * time this runs; the person goes on to the charter if they have not signed the version in force,
 * else to the page they first asked for ({@link PageAskedFor}), or to their profile.
 */
@WebServlet("/callback")
public class Callback extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Charters charters;

  @Inject transient HttpSettings http;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String page = PageAskedFor.take(request).orElse(request.getContextPath() + "/me.xhtml");
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
}
