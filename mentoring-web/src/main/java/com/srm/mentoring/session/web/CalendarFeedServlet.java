package com.srm.mentoring.session.web;

import com.srm.mentoring.session.boundary.CalendarFeeds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A person's calendar feed at its secret address, {@code /calendar/<secret>.ics}, for calendar
 * programs, which cannot sign in: the secret is the key, so the address lies outside the pages and
 * the API that need a signed-in person. A secret that opens no feed is answered 404, like any
 * missing page. The answer may be kept by the calendar program, never by a shared cache.
 */
@WebServlet(CalendarFeedServlet.PATH + "*")
public class CalendarFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/calendar/";
  static final String SUFFIX = ".ics";

  @Inject transient CalendarFeeds feeds;

  /** The feed's address under the application's address. */
  public static String address(String baseUrl, String secret) {
    return baseUrl + PATH + secret + SUFFIX;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    Optional<String> calendar =
        path != null && path.startsWith("/") && path.endsWith(SUFFIX)
            ? feeds.read(path.substring(1, path.length() - SUFFIX.length()))
            : feeds.read(null);
    if (calendar.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = calendar.get().getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/calendar; charset=UTF-8");
    // the calendar program may keep it; a proxy or shared cache may not
    response.setHeader("Cache-Control", "private, max-age=300");
    response.setHeader("Content-Disposition", "inline; filename=\"sessions.ics\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
