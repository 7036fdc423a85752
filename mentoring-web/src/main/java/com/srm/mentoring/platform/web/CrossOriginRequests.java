package com.srm.mentoring.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lets the corporate portal's pages, served from another origin, call the API with a bearer token
 * (CORS). Only the origins named in {@value #ORIGINS_KEY} are let in; any other origin gets no CORS
 * header at all, so its browser keeps the answer from its page. No credentials are allowed: the
 * portal sends a bearer token, never the application's session cookie.
 *
 * <p>A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) carries no token, so
 * {@code web.xml} leaves {@code OPTIONS} outside the API's security constraint; an allowed one is
 * answered here and goes no further. Declared in {@code web.xml} for {@code /api/*}, ahead of the
 * filters that may refuse a call, so that a refusal carries the headers too and the portal can read
 * it.
 */
public class CrossOriginRequests extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The configuration key: the portal's origins, comma separated. */
  public static final String ORIGINS_KEY = "mentoring.http.cors-origins";

  static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE";

  static final String ALLOWED_HEADERS = "Authorization, Content-Type";

  /** How long a browser may keep a preflight's answer, in seconds. */
  static final String MAX_AGE = "600";

  @Inject transient HttpSettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean allowed = addTo(request, response, settings);
    if (allowed
        && "OPTIONS".equals(request.getMethod())
        && request.getHeader("Access-Control-Request-Method") != null) {
      response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
      response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      response.setHeader("Access-Control-Max-Age", MAX_AGE);
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Lets the request's origin read the answer, if it is one of the portal's; answers whether it is.
   * Also for the answers the authentication mechanism gives before any filter runs.
   */
  public static boolean addTo(
      HttpServletRequest request, HttpServletResponse response, HttpSettings settings) {
    String origin = request.getHeader("Origin");
    if (!settings.allowsOrigin(origin)) {
      return false;
    }
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.addHeader("Vary", "Origin");
    return true;
  }

  /**
   * The origins of a comma-separated list, as browsers send them ({@code https://portal.example}):
   * scheme, host and port only, lower case. Anything else stops the deployment, naming the entry.
   */
  static Set<String> parse(String list) {
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(entry -> !entry.isEmpty())
        .map(CrossOriginRequests::origin)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String origin(String entry) {
    String origin = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
    try {
      URI uri = new URI(origin);
      boolean web =
          "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
      if (web
          && uri.getHost() != null
          && uri.getRawPath().isEmpty()
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null
          && uri.getRawUserInfo() == null) {
        return origin.toLowerCase(Locale.ROOT);
      }
    } catch (URISyntaxException e) {
      // refused below, as every other entry that is no origin
    }
    throw new IllegalArgumentException(
        ORIGINS_KEY + ": not an origin (scheme://host[:port]): " + entry);
  }
}
