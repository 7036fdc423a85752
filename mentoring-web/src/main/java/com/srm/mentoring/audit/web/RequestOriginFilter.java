package com.srm.mentoring.audit.web;

import com.srm.mentoring.audit.control.RequestOrigin;
import com.srm.mentoring.identity.control.VerifiedToken;
import com.srm.mentoring.identity.web.BearerTokens;
import com.srm.mentoring.platform.web.HttpSettings;
import com.srm.mentoring.platform.web.TrustedProxies;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Notes where each request came from for the access log and charter signatures, and gives every
 * response the server's id of the request, so that a person can quote it and an auditor can find
 * the request in the log. Behind reverse proxies the client is the one the trusted proxies name
 * ({@link TrustedProxies}); a forwarding header from anyone else counts for nothing. The same goes
 * for a request id sent along: one a trusted proxy passes on is kept beside the server's, one from
 * anyone else is ignored. Declared in {@code web.xml}, so that it runs before every filter that may
 * refuse a request.
 */
public class RequestOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The header a proxy may pass its request id in; the response carries the server's. */
  static final String REQUEST_ID = "X-Request-Id";

  @Inject transient RequestOrigin origin;

  @Inject transient HttpSettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    TrustedProxies proxies = settings.trustedProxies();
    String client =
        proxies.clientAddress(
            request.getRemoteAddr(),
            Collections.list(request.getHeaders("Forwarded")),
            Collections.list(request.getHeaders("X-Forwarded-For")));
    String forwardedId =
        proxies.isProxy(request.getRemoteAddr()) ? request.getHeader(REQUEST_ID) : null;
    String requestId = origin.arrivedFrom(client, forwardedId);
    // authentication ran before any filter: a verified bearer token names its caller for sure,
    // which spares every entry of the request looking the caller's subject up by name
    if (request.getAttribute(BearerTokens.VERIFIED_TOKEN) instanceof VerifiedToken token) {
      origin.signedInAs(token.entry().username(), token.subject());
    }
    response.setHeader(REQUEST_ID, requestId);
    chain.doFilter(request, response);
  }
}
