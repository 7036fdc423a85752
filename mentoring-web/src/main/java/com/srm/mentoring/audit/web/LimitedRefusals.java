package com.srm.mentoring.audit.web;

import com.srm.mentoring.audit.control.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * A page whose read was refused past the person's limit of refused reads a minute answers 429 Too
 * Many Requests with a page that says when to try again, instead of the not-found page every
 * refusal below the limit shows. The REST API answers the same ({@code TooManyRefusals}).
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class LimitedRefusals extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Too Many Requests (RFC 6585); the servlet API names no constant for it. */
  public static final int TOO_MANY_REQUESTS = 429;

  /**
   * The request attribute that makes the not-found page, shown for a page the container refused,
   * say that the person's refusals are limited, with 429.
   */
  public static final String LIMITED = "com.srm.mentoring.refusalsLimited";

  @Inject transient RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, new NotFoundUnlessLimited(response, origin));
  }

  /** When the limit of refused reads counts again: at the start of the next minute. */
  public static String retryAfter() {
    return retryAfter(Clock.systemUTC());
  }

  static String retryAfter(Clock clock) {
    return Integer.toString(60 - clock.instant().atZone(ZoneOffset.UTC).getSecond());
  }

  /** Turns the not-found answer of a limited refusal into 429. */
  static final class NotFoundUnlessLimited extends HttpServletResponseWrapper {

    private final RequestOrigin origin;

    NotFoundUnlessLimited(HttpServletResponse response, RequestOrigin origin) {
      super(response);
      this.origin = origin;
    }

    @Override
    public void sendError(int status) throws IOException {
      if (isLimited(status)) {
        setHeader("Retry-After", retryAfter());
        super.sendError(TOO_MANY_REQUESTS);
      } else {
        super.sendError(status);
      }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (isLimited(status)) {
        setHeader("Retry-After", retryAfter());
        super.sendError(TOO_MANY_REQUESTS);
      } else {
        super.sendError(status, message);
      }
    }

    private boolean isLimited(int status) {
      return status == SC_NOT_FOUND && origin.refusalsLimited();
    }
  }
}
