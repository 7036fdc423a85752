package com.srm.mentoring.charter.web;

import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.charter.entity.CharterVersion;
import com.srm.mentoring.charter.entity.VersionSummary;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.web.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * HR's charter page: the versions with how many signed each, and the draft of the next one, edited,
 * previewed and published from here.
 */
@Named
@RequestScoped
public class HrCharter {

  @Inject Charters charters;

  @Inject FacesContext faces;

  private List<VersionSummary> versions;
  private CharterVersion draft;
  private String groundRules;
  private String confidentiality;
  private String escalationPath;
  private String openingScript;

  /**
   * Loads the list and the draft, also on a postback, so that a refused save shows the form again
   * with the text as typed: the postback's values replace the draft's after this runs.
   */
  @PostConstruct
  void load() {
    versions = charters.versions();
    if (versions.stream().anyMatch(v -> !v.isPublished())) {
      draft = charters.draft();
      if (groundRules == null) {
        groundRules = draft.getGroundRules();
        confidentiality = draft.getConfidentiality();
        escalationPath = draft.getEscalationPath();
        openingScript = draft.getOpeningScript();
      }
    }
  }

  public String startDraft() {
    CharterVersion started = charters.draft();
    Messages.say(faces, FacesMessage.SEVERITY_INFO, "hrCharter.started", started.getVersion());
    return redirectHere();
  }

  public String save() {
    return saveThen("hrCharter.saved", redirectHere());
  }

  public String preview() {
    return saveThen("hrCharter.saved", "/hr/charter-preview?faces-redirect=true");
  }

  public String publish() {
    CharterVersion published = charters.publish();
    Messages.say(
        faces, FacesMessage.SEVERITY_INFO, "hrCharter.publishedNow", published.getVersion());
    return redirectHere();
  }

  private String saveThen(String key, String next) {
    try {
      CharterVersion saved =
          charters.revise(groundRules, confidentiality, escalationPath, openingScript);
      Messages.say(faces, FacesMessage.SEVERITY_INFO, key, saved.getVersion());
      return next;
    } catch (Refusal refused) {
      // the text typed stays in the form; nothing was saved
      Refusals.show(faces, refused);
      return null;
    }
  }

  private static String redirectHere() {
    return "/hr/charter?faces-redirect=true";
  }

  public List<VersionSummary> getVersions() {
    return versions;
  }

  public CharterVersion getDraft() {
    return draft;
  }

  public String getGroundRules() {
    return groundRules;
  }

  public void setGroundRules(String groundRules) {
    this.groundRules = groundRules;
  }

  public String getConfidentiality() {
    return confidentiality;
  }

  public void setConfidentiality(String confidentiality) {
    this.confidentiality = confidentiality;
  }

  public String getEscalationPath() {
    return escalationPath;
  }

  public void setEscalationPath(String escalationPath) {
    this.escalationPath = escalationPath;
  }

  public String getOpeningScript() {
    return openingScript;
  }

  public void setOpeningScript(String openingScript) {
    this.openingScript = openingScript;
  }
}
