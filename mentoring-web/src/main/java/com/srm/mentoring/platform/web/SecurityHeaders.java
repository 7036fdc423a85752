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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers every response carries, in one place: a Content-Security-Policy, no sniffing, no
 * referrer beyond the application, no framing, nothing stored by caches but the static resources,
 * and HSTS when the application is served over HTTPS.
 *
 * <p>PrimeFaces renders every script of a page with a nonce of its own and sends a policy with that
 * nonce ({@code primefaces.CSP} in {@code web.xml}); this filter keeps its nonce and puts it into
 * the {@link #policy} set here, which covers every other response too (REST, servlets, resources).
 * Error pages are pages too: the filter wraps their dispatch the same way. Declared in {@code
 * web.xml}, ahead of the filters declared by annotation.
 */
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CSP = "Content-Security-Policy";

  /**
   * Scripts only from the application (and, on pages, those PrimeFaces nonces); inline styles,
   * which PrimeFaces widgets set; nothing may frame a page; no {@code <base>} element may move the
   * page's links; forms post only to the application and, for signing out, which posts a form that
   * Keycloak's sign-out continues, to Keycloak: browsers hold the redirects after a form post to
   * {@code form-action} too. {@code script-src} comes last: PrimeFaces appends its nonce to the end
   * of the policy.
   */
  public static String policy(String signInOrigin) {
    return "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
        + " font-src 'self' data:; object-src 'none'; base-uri 'none';"
        + " form-action 'self' "
        + signInOrigin
        + "; frame-ancestors 'none'; script-src 'self'";
  }

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
    addTo(request, response, settings);
    if (!isStaticResource(request) && request.getDispatcherType() == DispatcherType.REQUEST) {
      response.setBufferSize(PAGE_BUFFER);
    }
    chain.doFilter(request, new OnePolicy(response, settings.contentSecurityPolicy()));
  }

  /**
   * Sets the headers every answer carries. Also for the answers the authentication mechanism gives
   * before any filter runs (a refused bearer token).
   */
  public static void addTo(
      HttpServletRequest request, HttpServletResponse response, HttpSettings settings) {
    response.setHeader(CSP, settings.contentSecurityPolicy());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    if (request.isSecure() || settings.servedOverHttps()) {
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

  /**
   * Gives a later Content-Security-Policy (PrimeFaces', with its nonce) this filter's policy with
   * that nonce, as the one policy of the answer.
   */
  static final class OnePolicy extends HttpServletResponseWrapper {

    private final String policy;

    OnePolicy(HttpServletResponse response, String policy) {
      super(response);
      this.policy = policy;
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, CSP.equalsIgnoreCase(name) ? withNonceOf(policy, value) : value);
    }
  }

  /** The policy, with the script nonce the other policy names, if it names one. */
  static String withNonceOf(String policy, String other) {
    if (other == null) {
      return policy;
    }
    Matcher nonce = NONCE.matcher(other);
    return nonce.find() ? policy + " " + nonce.group() : policy;
  }

  private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/=_-]+'");
}
