package com.srm.mentoring.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page address whose view parameters a page refuses (a control character, say) names nothing the
 * page can show: the not-found page, as for an id that names no record. Without this the page's
 * load action would be skipped and the page rendered without what it loads.
 */
public class PageAddresses implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PageAddresses.class.getName());

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (faces.isPostback() || !faces.isValidationFailed() || faces.getResponseComplete()) {
      return;
    }
    LOG.log(
        Level.INFO,
        "Refused the address of {0}: a view parameter is not one the page takes",
        faces.getViewRoot() == null ? "a page" : faces.getViewRoot().getViewId());
    PageFailures.answer(faces, HttpServletResponse.SC_NOT_FOUND);
  }
}
