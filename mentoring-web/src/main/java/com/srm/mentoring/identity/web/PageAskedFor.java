package com.srm.mentoring.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The page a browser asked for before it was sent to sign in, kept in its session until the
 * callback takes it. Only a page of this application is kept, so that the sign-in cannot be made to
 * send anyone elsewhere.
 */
public final class PageAskedFor {

  private static final String KEY = PageAskedFor.class.getName();

  private PageAskedFor() {}

  /** Notes the page a browser asked for before it is sent to sign in. */
  static void remember(HttpServletRequest request) {
    String query = request.getQueryString();
    String page = request.getRequestURI() + (query == null ? "" : "?" + query);
    if (isOwnPage(request, page)) {
      request.getSession().setAttribute(KEY, page);
    }
  }

  /** The page noted before sign-in, once: taking it forgets it. */
  public static Optional<String> take(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(KEY) instanceof String asked) {
      session.removeAttribute(KEY);
      if (isOwnPage(request, asked)) {
        return Optional.of(asked);
      }
    }
    return Optional.empty();
  }

  private static boolean isOwnPage(HttpServletRequest request, String page) {
    String root = request.getContextPath() + "/";
    return page.startsWith(root)
        && !page.startsWith("//")
        && !page.contains("\\")
        && !page.startsWith(root + "callback");
  }
}
