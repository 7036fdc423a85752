package com.srm.mentoring.session.web;

import com.srm.mentoring.pairing.web.ProgramFaces;
import com.srm.mentoring.platform.web.HttpSettings;
import com.srm.mentoring.session.boundary.CalendarFeeds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * The "Calendar" section of the "My data" page: the person's private feed address, made, made anew
 * or revoked. The address is shown once, in the answer to the button that made it, and kept
 * nowhere: not in the session, not in a redirect's flash. That answer is therefore the page itself,
 * not a redirect; sending the form again only makes another new address.
 */
@Named
@RequestScoped
public class MyCalendar {

  @Inject CalendarFeeds feeds;

  @Inject HttpSettings settings;

  @Inject FacesContext faces;

  private Optional<Instant> since;

  private String url;

  /** Whether the person has a feed now. */
  public boolean isActive() {
    return getSince() != null;
  }

  /** When the current address was made, or null when there is none. */
  public Instant getSince() {
    if (since == null) {
      since = feeds.mine();
    }
    return since.orElse(null);
  }

  public String getSinceText() {
    return ProgramFaces.utc(getSince());
  }

  /** The address just made, or null on any other answer. */
  public String getUrl() {
    return url;
  }

  public String create() {
    boolean rotated = isActive();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    url = CalendarFeedServlet.address(settings.baseUrl(request), feeds.create());
    since = null;
    String key = rotated ? "calendar.rotated" : "calendar.created";
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            faces.getApplication().getResourceBundle(faces, "msg").getString(key),
            null));
    return null;
  }

  public String revoke() {
    feeds.revoke();
    ProgramFaces.say(faces, "calendar.revoked");
    return "/privacy/my-data?faces-redirect=true";
  }
}
