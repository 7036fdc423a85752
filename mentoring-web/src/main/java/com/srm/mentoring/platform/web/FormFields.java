package com.srm.mentoring.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A form post may only name fields and buttons of the form the page showed. A name that points at
 * no component — a forged row key of a table, a button that was never rendered — was not sent by
 * the page: the post is answered 400 before any value reaches a bean or any action runs. Without
 * this, such a post would pass unnoticed and show the page again as if nothing was asked.
 */
public class FormFields implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(FormFields.class.getName());

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.APPLY_REQUEST_VALUES;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    UIViewRoot view = faces.getViewRoot();
    if (!faces.isPostback() || view == null || faces.getResponseComplete()) {
      return;
    }
    char separator = faces.getNamingContainerSeparatorChar();
    Set<String> forms = formIds(faces, view);
    for (String name : faces.getExternalContext().getRequestParameterMap().keySet()) {
      int end = name.indexOf(separator);
      if (end > 0
          && forms.contains(name.substring(0, end))
          && !exists(faces, view, name)
          && !isPartOfAComponent(faces, view, name, separator)) {
        LOG.log(
            Level.INFO,
            "Refused a post to {0} naming a field the form does not have: {1}",
            new Object[] {view.getViewId(), name});
        PageFailures.answer(faces, HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
    }
  }

  private static Set<String> formIds(FacesContext faces, UIViewRoot view) {
    return view.getChildren().stream()
        .flatMap(FormFields::withDescendants)
        .filter(UIForm.class::isInstance)
        .map(form -> form.getClientId(faces))
        .collect(Collectors.toSet());
  }

  private static Stream<UIComponent> withDescendants(UIComponent component) {
    return Stream.concat(
        Stream.of(component),
        component.getChildren().stream().flatMap(FormFields::withDescendants));
  }

  /** Whether the name is the client id of a component, rows of tables included. */
  private static boolean exists(FacesContext faces, UIViewRoot view, String clientId) {
    try {
      return view.invokeOnComponent(faces, clientId, (context, component) -> {});
    } catch (RuntimeException notAComponentName) {
      return false;
    }
  }

  /**
   * PrimeFaces components post some of their state under their client id with a suffix (a date
   * picker's {@code _input}, a table's {@code _pagination}): such a name belongs to the component
   * before the last underscore of its last segment, if that component exists.
   */
  private static boolean isPartOfAComponent(
      FacesContext faces, UIViewRoot view, String name, char separator) {
    int suffix = name.lastIndexOf('_');
    return suffix > name.lastIndexOf(separator) + 1
        && exists(faces, view, name.substring(0, suffix));
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // nothing to check before the values are read
  }
}
