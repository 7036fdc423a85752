package com.srm.mentoring.pairing.web;

import com.srm.mentoring.pairing.control.PairingRefused;
import com.srm.mentoring.pairing.entity.RatingFinal;
import com.srm.mentoring.platform.control.Causes;
import com.srm.mentoring.platform.control.RecordNotFound;
import com.srm.mentoring.platform.control.StaleRecord;
import com.srm.mentoring.platform.entity.RuleRefusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * What the program's pages share: messages from the bundle kept across the redirect after an
 * action, refusals shown as a message naming the field, and "not found" for a record the reader may
 * not see, exactly as for a missing one.
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

  /** Answers the not-found page: a missing record and a refused one look the same. */
  public static void notFound(FacesContext faces) {
    try {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Shows a refused change as a message naming the field or rule, and answers true; a record the
   * caller may not see answers the not-found page. Anything else is not a refusal: false.
   */
  public static boolean refused(FacesContext faces, RuntimeException failure) {
    if (Causes.find(failure, RecordNotFound.class).isPresent()) {
      notFound(faces);
      return true;
    }
    Optional<String> message =
        Causes.find(failure, RuleRefusal.class)
            .map(refusal -> inReadersLanguage(faces, refusal))
            .or(() -> Causes.find(failure, PairingRefused.class).map(RuntimeException::getMessage))
            .or(() -> Causes.find(failure, StaleRecord.class).map(RuntimeException::getMessage))
            .or(
                () ->
                    Causes.find(failure, RatingFinal.class)
                        .map(e -> bundle(faces, "pairing.ratingAlreadyGiven")))
            .or(
                () ->
                    Causes.find(failure, IllegalArgumentException.class)
                        .map(RuntimeException::getMessage))
            .or(
                () ->
                    Causes.find(failure, IllegalStateException.class)
                        .map(RuntimeException::getMessage))
            .or(
                () ->
                    Causes.find(failure, jakarta.ejb.EJBAccessException.class)
                        .map(e -> bundle(faces, "program.notAllowed")));
    message.ifPresent(
        text -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
    return message.isPresent();
  }

  /** A rule's refusal from the bundle, naming the field as the English message does. */
  private static String inReadersLanguage(FacesContext faces, RuleRefusal refusal) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String key = "rule." + refusal.key();
    return bundle.containsKey(key)
        ? refusal.field() + ": " + bundle.getString(key)
        : refusal.getMessage();
  }

  static String bundle(FacesContext faces, String key) {
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }
}
