package com.srm.mentoring.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after sign-in. The OpenID mechanism has handled the answer
 * by the time this runs; the person goes on to their profile. (Restoring the page first asked for
 * is left off: Soteria's saved-request replay fails on Payara with a NullPointerException.)
 */
@WebServlet("/callback")
public class Callback extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/me.xhtml");
  }
}
