package com.srm.mentoring.charter.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Messages of the charter pages, from the bundle, kept across the redirect after an action. */
final class Messages {

  /** Times on the charter pages: UTC, to the second, as the evidence records them. */
  static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private Messages() {}

  static void say(FacesContext faces, FacesMessage.Severity severity, String key, Object... args) {
    String text =
        MessageFormat.format(
            faces.getApplication().getResourceBundle(faces, "msg").getString(key), args);
    faces.addMessage(null, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  static String utc(Instant instant) {
    return instant == null ? "" : UTC.format(instant);
  }
}
