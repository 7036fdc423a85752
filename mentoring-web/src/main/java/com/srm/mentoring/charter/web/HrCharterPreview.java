package com.srm.mentoring.charter.web;

import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.charter.entity.CharterVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The draft as employees will see it once published. Opening the preview only reads: without a
 * draft it offers to start one, which is a form post.
 */
@Named
@RequestScoped
public class HrCharterPreview {

  @Inject Charters charters;

  private CharterVersion draft;

  public void load() {
    draft = charters.currentDraft().orElse(null);
  }

  public CharterVersion getDraft() {
    return draft;
  }
}
