package com.srm.mentoring.platform.web;

import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.control.Causes;
import com.srm.mentoring.platform.control.Outages;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Three kinds of failure inside a page that must not end on the "something went wrong" page, nor
 * leave a stack trace in the server log:
 *
 * <ul>
 *   <li>A refusal by a boundary (a role removed while the person was signed in, a record that is
 *       not theirs) answers exactly like a missing page: 404 and the not-found page, logged once.
 *   <li>A form post whose own fields cannot be read (a forged view state or row key, a value no
 *       page would send) fails before any action ran: 400 with a page that says so. Nothing was
 *       written, since actions run only after the form was read.
 * </ul>
 *
 * Everything else goes on to the container's error pages as before: an expired view, a database
 * outage, a charter not signed.
 */
public class PageFailures extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(PageFailures.class.getName());

  /** The phases that only read the post; an action has not run when one of them fails. */
  private static final Set<PhaseId> READING_THE_POST =
      Set.of(
          PhaseId.RESTORE_VIEW,
          PhaseId.APPLY_REQUEST_VALUES,
          PhaseId.PROCESS_VALIDATIONS,
          PhaseId.UPDATE_MODEL_VALUES);

  /**
   * The request attribute that tells the page for a post that cannot be read that the view state
   * was the reason: it then asks to open the page again.
   */
  public static final String VIEW_EXPIRED = "com.srm.mentoring.viewExpired";

  /** Registered in {@code faces-config.xml}. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new PageFailures(getWrapped().getExceptionHandler());
    }
  }

  PageFailures(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    boolean answered = false;
    while (events.hasNext()) {
      ExceptionQueuedEventContext event = events.next().getContext();
      Throwable failure = event.getException();
      if (answered) {
        // what failed after the answer was chosen is part of the same failure
        events.remove();
      } else if (Causes.find(failure, ViewExpiredException.class).isPresent()) {
        events.remove();
        answered = true;
        expired(faces, failure);
      } else if (isRefusal(failure)) {
        events.remove();
        refused(faces);
        answered = true;
      } else if (isUnreadablePost(faces, event.getPhaseId(), failure)) {
        events.remove();
        answered = true;
        LOG.log(
            Level.INFO,
            "Refused an unreadable post to {0}: {1}",
            new Object[] {path(faces), failure.toString()});
        answer(faces, HttpServletResponse.SC_BAD_REQUEST);
      }
    }
    getWrapped().handle();
  }

  /** One line in the log, no stack trace: scanners post made-up view states by the thousand. */
  private static void expired(FacesContext faces, Throwable failure) {
    ViewExpiredException expired = Causes.find(failure, ViewExpiredException.class).orElseThrow();
    LOG.log(
        Level.INFO,
        "A post to {0} named a view the server does not hold (expired or made up): {1}",
        new Object[] {path(faces), expired.getViewId()});
    ExternalContext external = faces.getExternalContext();
    if (faces.getPartialViewContext().isAjaxRequest()) {
      try {
        HttpServletRequest request = request(faces);
        external.redirect(request.getRequestURI());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
      return;
    }
    external.getRequestMap().put(VIEW_EXPIRED, Boolean.TRUE);
    answer(faces, HttpServletResponse.SC_BAD_REQUEST);
  }

  static boolean isRefusal(Throwable failure) {
    return Causes.find(failure, EJBAccessException.class).isPresent()
        || Causes.find(failure, AccessLocalException.class).isPresent();
  }

  private static boolean isUnreadablePost(FacesContext faces, PhaseId phase, Throwable failure) {
    return "POST".equals(request(faces).getMethod())
        && READING_THE_POST.contains(phase)
        && Refusals.in(failure).filter(r -> r.kind() == Refusal.Kind.CHARTER_NOT_SIGNED).isEmpty()
        && !Outages.isOutage(failure);
  }

  /** Logs the refusal unless the boundary that refused did, and shows the not-found page. */
  private static void refused(FacesContext faces) {
    Action attempted = "GET".equals(request(faces).getMethod()) ? Action.READ : Action.UPDATE;
    CDI.current()
        .getBeanManager()
        .getEvent()
        .select(AccessDenied.class)
        .fire(AccessDenied.atTheEdge(attempted, path(faces)));
    answer(faces, HttpServletResponse.SC_NOT_FOUND);
  }

  /** Throws away what the page wrote so far and lets the container show its error page. */
  static void answer(FacesContext faces, int status) {
    ExternalContext external = faces.getExternalContext();
    try {
      if (!external.isResponseCommitted()) {
        external.responseReset();
      }
      external.responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private static HttpServletRequest request(FacesContext faces) {
    return (HttpServletRequest) faces.getExternalContext().getRequest();
  }

  private static String path(FacesContext faces) {
    HttpServletRequest request = request(faces);
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
