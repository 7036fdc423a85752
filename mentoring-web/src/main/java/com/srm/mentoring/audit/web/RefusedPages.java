package com.srm.mentoring.audit.web;

import com.srm.mentoring.audit.control.RequestOrigin;
import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.entity.Action;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Logs pages the container refused for a missing role. The refusal is shown as the not-found page;
 * on its way there, this writes it to the access log, naming the page. Past the person's limit of
 * refused reads a minute, the page says that instead, with 429.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class RefusedPages extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient Event<AccessDenied> denials;

  @Inject transient RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
        && status == HttpServletResponse.SC_FORBIDDEN) {
      Object page = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      denials.fire(AccessDenied.atTheEdge(Action.READ, String.valueOf(page)));
      if (origin.refusalsLimited()) {
        // the not-found page then says so, with 429: a forward from here would be answered twice
        request.setAttribute(LimitedRefusals.LIMITED, Boolean.TRUE);
        response.setHeader("Retry-After", LimitedRefusals.retryAfter());
      }
    }
    chain.doFilter(request, response);
  }
}
