package com.srm.mentoring.platform.web;

import com.srm.mentoring.platform.control.Causes;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Keeps a refused form post on the error pages instead of a bare 500.
 *
 * <p>PrimeFaces checks that every form post carries the script nonce of the page it came from; a
 * post without it, or with another, was not made by the page: 400, nothing was done. And an error
 * page shown for a form post is shown as a plain page: without this, it would take itself for the
 * form's postback, look for the form's view state and nonce, and fail in turn.
 */
@WebFilter(
    urlPatterns = "*.xhtml",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ErrorPages extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      chain.doFilter(new PlainPage(request), response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException failure) {
      if (Causes.find(failure, CspException.class).isEmpty() || response.isCommitted()) {
        throw failure;
      }
      LOG.log(
          Level.INFO,
          "Refused a post to {0} without the page''s nonce: {1}",
          new Object[] {request.getRequestURI(), failure.getMessage()});
      response.reset();
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  /** The request as an error page sees it: a GET without the form's fields. */
  static final class PlainPage extends HttpServletRequestWrapper {

    PlainPage(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
