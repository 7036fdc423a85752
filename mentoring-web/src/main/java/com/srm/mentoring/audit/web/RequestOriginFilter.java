package com.srm.mentoring.audit.web;

import com.srm.mentoring.audit.control.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Notes where each request came from for the access log, and gives every response its request id,
 * so that a person can quote it and an auditor can find the request in the log.
 */
@WebFilter(urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The header a caller or proxy may pass a request id in; the response carries it back. */
  static final String REQUEST_ID = "X-Request-Id";

  @Inject transient RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String requestId = origin.arrivedFrom(request.getRemoteAddr(), request.getHeader(REQUEST_ID));
    response.setHeader(REQUEST_ID, requestId);
    chain.doFilter(request, response);
  }
}
