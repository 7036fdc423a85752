package com.srm.mentoring.charter.web;

import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.charter.entity.CharterVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The draft as employees will see it once published. */
@Named
@RequestScoped
public class HrCharterPreview {

  @Inject Charters charters;

  private CharterVersion draft;

  public void load() {
    draft = charters.draft();
  }

  public CharterVersion getDraft() {
    return draft;
  }
}
