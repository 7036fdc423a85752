package com.srm.mentoring.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Pages keep no state for anyone who has not signed in: their views are transient, so that no page,
 * no error page and no PrimeFaces nonce opens an HTTP session. A crawler asking for the landing
 * page a million times then costs no memory. Signing in starts the session; from then on views keep
 * their state as usual, and the forms of the signed-in pages post back to it.
 *
 * <p>Decided when the view is created, before any phase listener asks for the view's map: the
 * {@code transient} attribute of {@code f:view} is applied only as the page is built, too late for
 * PrimeFaces, which keeps its script nonce in the view map before that.
 */
public class StatelessVisitors extends ViewHandlerWrapper {

  public StatelessVisitors(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext faces, String viewId) {
    UIViewRoot view = getWrapped().createView(faces, viewId);
    if (view != null && faces.getExternalContext().getSession(false) == null) {
      view.setTransient(true);
    }
    return view;
  }
}
