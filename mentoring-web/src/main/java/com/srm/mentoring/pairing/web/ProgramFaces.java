package com.srm.mentoring.pairing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * What the program's pages share: messages from the bundle kept across the redirect after an
 * action, times in UTC and people's names; refusals are shown by {@link
 * com.srm.mentoring.platform.web.Refusals}.
 */
public final class ProgramFaces {

  /** Times on the program's pages: UTC, to the minute. */
  public static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private ProgramFaces() {}

  public static String utc(Instant instant) {
    return instant == null ? "" : UTC.format(instant);
  }

  public static void say(FacesContext faces, String key, Object... args) {
    String text =
        MessageFormat.format(
            faces.getApplication().getResourceBundle(faces, "msg").getString(key), args);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /** The id from the address, or empty when it is not one. */
  public static Optional<UUID> id(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static String bundle(FacesContext faces, String key) {
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }
}
