package com.srm.mentoring.identity.web;

import com.srm.mentoring.identity.boundary.Directory;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.identity.entity.SyncReport;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.web.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * HR's view of the directory: who the application knows, a sync on demand, and appointing or
 * removing facilitators, escalation contacts and auditors.
 */
@Named
@RequestScoped
public class HrPeople {

  @Inject Directory directory;

  @Inject FacesContext faces;

  private PeopleTable people;

  /** A username to show the table filtered by, from a link to the page. */
  private String username;

  /**
   * Made when the bean is first used, also on a postback: the buttons in the table can only be
   * matched to their person while the table exists. It reads one page at a time.
   */
  @PostConstruct
  void load() {
    people = new PeopleTable(directory);
  }

  public String sync() {
    SyncReport report = directory.sync();
    if (report.succeeded()) {
      say(
          FacesMessage.SEVERITY_INFO,
          "hr.synced",
          report.added().size(),
          report.updated().size(),
          report.deactivated().size());
    } else {
      say(FacesMessage.SEVERITY_ERROR, "hr.syncFailed");
    }
    return redirectHere();
  }

  public String appoint(String username, String role) {
    try {
      directory.appoint(username, role);
    } catch (Refusal refused) {
      // e.g. a second role kept apart: named on the page, nothing changed
      Refusals.show(faces, refused);
      return null;
    }
    say(FacesMessage.SEVERITY_INFO, "hr.appointed", username, role(role));
    return redirectTo(username);
  }

  public String remove(String username, String role) {
    try {
      directory.remove(username, role);
    } catch (Refusal refused) {
      Refusals.show(faces, refused);
      return null;
    }
    say(FacesMessage.SEVERITY_INFO, "hr.removed", username, role(role));
    return redirectTo(username);
  }

  public PeopleTable getPeople() {
    return people;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public List<String> getAppointableRoles() {
    return Roles.APPOINTED_BY_HR;
  }

  private String role(String role) {
    return bundle().getString("role." + role);
  }

  private void say(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = MessageFormat.format(bundle().getString(key), arguments);
    faces.addMessage(null, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  private ResourceBundle bundle() {
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  /**
   * Back to the table filtered by the person just changed: on a paged table their row would
   * otherwise be wherever the first page leaves it, and HR wants to see the change.
   */
  private static String redirectTo(String username) {
    // the redirect encodes the parameter's value itself
    return "/hr/people?faces-redirect=true&username=" + username;
  }

  private static String redirectHere() {
    return "/hr/people?faces-redirect=true";
  }
}
