package com.srm.mentoring.audit.web;

import com.srm.mentoring.audit.control.RequestOrigin;
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
 * response its request id, so that a person can quote it and an auditor can find the request in the
 * log. Behind reverse proxies the client is the one the trusted proxies name ({@link
 * TrustedProxies}); a forwarding header from anyone else counts for nothing. Declared in {@code
 * web.xml}, so that it runs before every filter that may refuse a request.
 */
public class RequestOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The header a caller or proxy may pass a request id in; the response carries it back. */
  static final String REQUEST_ID = "X-Request-Id";

  @Inject transient RequestOrigin origin;

  @Inject transient HttpSettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String client =
        settings
            .trustedProxies()
            .clientAddress(
                request.getRemoteAddr(),
                Collections.list(request.getHeaders("Forwarded")),
                Collections.list(request.getHeaders("X-Forwarded-For")));
    String requestId = origin.arrivedFrom(client, request.getHeader(REQUEST_ID));
    response.setHeader(REQUEST_ID, requestId);
    chain.doFilter(request, response);
  }
}
