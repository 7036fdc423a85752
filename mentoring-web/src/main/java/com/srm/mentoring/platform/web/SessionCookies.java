package com.srm.mentoring.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie Secure when the application is served over HTTPS. Behind a proxy that
 * ends TLS the server itself only sees HTTP, so this follows the settings ({@link
 * HttpSettings#secureCookies()}), not the request.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Inject HttpSettings settings;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (settings.secureCookies()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
