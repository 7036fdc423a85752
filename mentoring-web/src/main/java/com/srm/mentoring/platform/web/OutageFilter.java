package com.srm.mentoring.platform.web;

import com.srm.mentoring.platform.control.Outages;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a database outage anywhere below a page into the "temporarily unavailable" page (503), so
 * that people see what is going on and when to come back, never a stack trace; a REST call gets the
 * same 503 as a problem detail. Declared in web.xml too, so that it wraps the filters declared by
 * annotation, which may touch the database themselves (the signed-in person's record).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class OutageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(OutageFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!Outages.isOutage(e) || response.isCommitted()) {
        throw e;
      }
      LOG.log(
          Level.WARNING,
          "Database unavailable for {0}: {1}",
          new Object[] {request.getRequestURI(), e});
      response.reset();
      response.setHeader("Retry-After", "60");
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        // a REST client gets the problem detail the REST API answers an outage with
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response
            .getWriter()
            .write(
                "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"The service is temporarily unavailable; please try again"
                    + " later.\"}");
        return;
      }
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }
}
