package com.srm.mentoring.charter.web;

import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.charter.entity.Evidence;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The printable evidence of the person's own newest signature. */
@Named
@RequestScoped
public class CharterEvidence {

  @Inject Charters charters;

  private Evidence evidence;

  public void load() {
    evidence = charters.myEvidence().orElse(null);
  }

  public Evidence getEvidence() {
    return evidence;
  }

  public String getSignedAt() {
    return evidence == null ? "" : Messages.utc(evidence.signature().getSignedAt());
  }

  public String getAuthenticatedAt() {
    return evidence == null ? "" : Messages.utc(evidence.signature().getAuthenticatedAt());
  }
}
