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
import java.util.regex.Pattern;
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

  /** What a renderer appends to its component's id after an underscore: letters only. */
  private static final Pattern OWN_PARAMETER = Pattern.compile("[A-Za-z]+");

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
          && !renderedBy(faces, view, name, separator)) {
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
   * Whether the name is one a component's renderer adds under the component's own id: a data
   * table's paging, sorting and filtering state ({@code table_first}, {@code table_rows}) and a
   * column's filter field ({@code column:filter}). The component itself must exist, so a forged row
   * key in front of such a suffix is refused like any other.
   */
  static boolean renderedBy(FacesContext faces, UIViewRoot view, String name, char separator) {
    String owner = ownerOf(name, separator);
    return owner != null && exists(faces, view, owner);
  }

  /** The id the renderer's suffix hangs off, or null when the name carries no such suffix. */
  static String ownerOf(String name, char separator) {
    String filter = separator + "filter";
    if (name.endsWith(filter)) {
      return name.substring(0, name.length() - filter.length());
    }
    int underscore = name.lastIndexOf('_');
    if (underscore > 0 && OWN_PARAMETER.matcher(name.substring(underscore + 1)).matches()) {
      return name.substring(0, underscore);
    }
    return null;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // nothing to check before the values are read
  }
}
