package com.srm.mentoring.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every response carries, in one place: a Content-Security-Policy, no sniffing, no
 * referrer beyond the application, no framing, nothing stored by caches but the static resources,
 * and HSTS when the application is served over HTTPS.
 *
 * <p>PrimeFaces renders every script of a page with a nonce of its own and sends the policy with
 * that nonce ({@code primefaces.CSP} in {@code web.xml}, with {@link #POLICY} as its policy); that
 * header replaces the one set here, which covers every other response (REST, servlets, resources).
 * Error pages are pages too: the filter wraps their dispatch the same way. Declared in {@code
 * web.xml}, ahead of the filters declared by annotation.
 */
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CSP = "Content-Security-Policy";

  /**
   * Scripts only from the application (and, on pages, those PrimeFaces nonces); inline styles,
   * which PrimeFaces widgets set; nothing may frame a page. {@code script-src} comes last:
   * PrimeFaces appends its nonce to the end of the policy. Keep {@code primefaces.CSP_POLICY} in
   * {@code web.xml} the same.
   */
  public static final String POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " font-src 'self' data:; object-src 'none'; base-uri 'self';"
          + " frame-ancestors 'none'; script-src 'self'";

  /**
   * Large enough for any page, so that a failure while a page renders can still turn into an error
   * page instead of half a page.
   */
  private static final int PAGE_BUFFER = 256 * 1024;

  @Inject transient HttpSettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    addTo(request, response, settings.servedOverHttps());
    if (!isStaticResource(request) && request.getDispatcherType() == DispatcherType.REQUEST) {
      response.setBufferSize(PAGE_BUFFER);
    }
    chain.doFilter(request, new OnePolicy(response));
  }

  /**
   * Sets the headers every answer carries. Also for the answers the authentication mechanism gives
   * before any filter runs (a refused bearer token).
   */
  public static void addTo(
      HttpServletRequest request, HttpServletResponse response, boolean servedOverHttps) {
    response.setHeader(CSP, POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    if (request.isSecure() || servedOverHttps) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (!isStaticResource(request)) {
      // signed-in pages and the API hold personal data: no browser or proxy keeps a copy
      response.setHeader("Cache-Control", "no-store");
    }
  }

  /** Stylesheets, scripts and images that are the same for everyone. */
  public static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /** Lets a later Content-Security-Policy (PrimeFaces', with its nonce) replace this filter's. */
  static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
