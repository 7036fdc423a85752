package com.srm.mentoring.platform.web;

import com.srm.mentoring.platform.control.Causes;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Shows a {@link Refusal} on a page, in the view's language: as an error message on the field's
 * input where the page has one, else for the whole page. A record the reader may not see answers
 * the not-found page, exactly as a missing one does. Every page bean shows refusals through here.
 */
public final class Refusals {

  private Refusals() {}

  /** Shows the refusal; a record the reader may not see answers the not-found page instead. */
  public static void show(FacesContext faces, Refusal refusal) {
    if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
      notFound(faces);
      return;
    }
    UIViewRoot view = faces.getViewRoot();
    Locale locale = view == null ? Locale.ENGLISH : view.getLocale();
    faces.addMessage(
        clientIdOf(faces, refusal.field()),
        new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.message(locale), null));
  }

  /**
   * The refusal a failure carries, if any. A boundary's refusal arrives as thrown; this finds one
   * the container or JSF wrapped on its way, e.g. in a {@code TransactionRolledbackException}.
   */
  public static Optional<Refusal> in(Throwable failure) {
    return Causes.find(failure, Refusal.class);
  }

  /**
   * Shows the refusal the failure carries and answers true; a change the reader's roles do not
   * allow says so. False when the failure is neither, for the caller to rethrow.
   */
  public static boolean shown(FacesContext faces, Throwable failure) {
    Optional<Refusal> refusal = in(failure);
    if (refusal.isPresent()) {
      show(faces, refusal.get());
      return true;
    }
    if (failure instanceof EJBAccessException) {
      String text = faces.getApplication().getResourceBundle(faces, "msg").getString(NOT_ALLOWED);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      return true;
    }
    return false;
  }

  /** The message for a change the reader's roles do not allow. */
  static final String NOT_ALLOWED = "program.notAllowed";

  /** Answers the not-found page: a missing record and a refused one look the same. */
  public static void notFound(FacesContext faces) {
    try {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The client id of the view's input whose id is the field, or null for a page's message. */
  static String clientIdOf(FacesContext faces, String field) {
    UIViewRoot view = faces.getViewRoot();
    if (field == null || view == null) {
      return null;
    }
    return find(view, field).map(input -> input.getClientId(faces)).orElse(null);
  }

  private static Optional<UIComponent> find(UIComponent parent, String id) {
    for (UIComponent child : parent.getChildren()) {
      if (child instanceof UIInput && id.equals(child.getId())) {
        return Optional.of(child);
      }
      Optional<UIComponent> below = find(child, id);
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }
}
