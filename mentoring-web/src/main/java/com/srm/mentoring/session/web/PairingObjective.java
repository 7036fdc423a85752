package com.srm.mentoring.session.web;

import com.srm.mentoring.pairing.boundary.Pairings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The objective part of a pairing's page: the senior's "I will learn" sentence and its form. */
@Named
@ViewScoped
public class PairingObjective implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Pairings pairings;

  @Inject PairingPage page;

  private String objective;
  private long version;

  @PostConstruct
  void fill() {
    if (page.getDetail() != null) {
      objective = page.getDetail().objective();
      version = page.getDetail().version();
    }
  }

  public String saveObjective() {
    return page.act(
        () -> pairings.changeObjective(page.uuid(), objective, version), "pairing.objectiveSaved");
  }

  public String getObjective() {
    return objective;
  }

  public void setObjective(String objective) {
    this.objective = objective;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
