package com.srm.mentoring.charter.web;

import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.identity.web.SignedIn;
import com.srm.mentoring.platform.control.Causes;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.web.Refusals;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Leads a person to the charter before any page or download of the program while they have not
 * signed the version in force, or withdrew. The charter itself, the person's profile, HR's and
 * auditors' pages stay open: they are not program activity; so do the Faces resources every page
 * loads. A boundary deeper down refuses the same person too; such a refusal also ends on the
 * charter page instead of an error.
 */
@WebFilter(
    urlPatterns = {"*.xhtml", "*.csv"},
    dispatcherTypes = DispatcherType.REQUEST)
public class CharterGateFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Where people read and sign the charter. */
  public static final String CHARTER_PAGE = "/charter.xhtml";

  /**
   * Pages open to everyone signed in, and the stylesheets and scripts those pages load: a resource
   * sent to the charter instead would leave the open pages unstyled and their scripts broken.
   */
  private static final List<String> OPEN =
      List.of(
          "/index.xhtml",
          CHARTER_PAGE,
          "/charter/",
          "/me.xhtml",
          // a person's own data is theirs to read whether or not they signed
          "/privacy/",
          "/hr/",
          "/audit/",
          "/jakarta.faces.resource/",
          "/resources/");

  @Inject transient Charters charters;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isProgramPage(request) && signedInWithRole(request) && mustSignFirst()) {
      response.sendRedirect(request.getContextPath() + CHARTER_PAGE);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException failure) {
      // a page's refusal comes wrapped by the Faces servlet, a download's as it was thrown
      if (!notSigned(failure) || response.isCommitted()) {
        throw failure;
      }
      response.sendRedirect(request.getContextPath() + CHARTER_PAGE);
    }
  }

  private static boolean notSigned(Throwable failure) {
    return Refusals.in(failure)
        .filter(r -> r.kind() == Refusal.Kind.CHARTER_NOT_SIGNED)
        .isPresent();
  }

  private boolean mustSignFirst() {
    try {
      return !charters.myStatus().mayTakePart();
    } catch (EJBException refused) {
      if (Causes.find(refused, EJBAccessException.class).isEmpty()) {
        throw refused;
      }
      // the record no longer grants a role: the signed-in filter shows the polite page for that
      return false;
    }
  }

  static boolean isProgramPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return OPEN.stream()
        .noneMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open));
  }

  /** Whether the person of this request has a role in the program, as their sign-in said. */
  public static boolean signedInWithRole(HttpServletRequest request) {
    return request.getSession(false) != null
        && request.getSession(false).getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn
        && signedIn.hasRole();
  }
}
