package com.srm.mentoring.earlywarning.web;

import com.srm.mentoring.earlywarning.boundary.EarlyWarnings;
import com.srm.mentoring.earlywarning.entity.Warning;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A facilitator's early warnings. Opening the page is looking at them: the notices on the home page
 * are done with. Anyone who facilitates no pairing with a warning sees an empty table.
 */
@Named
@RequestScoped
public class EarlyWarningList {

  @Inject EarlyWarnings warnings;

  private List<Warning> standing = List.of();

  public void load() {
    standing = warnings.mine();
    warnings.markSeen();
  }

  public List<Warning> getStanding() {
    return standing;
  }

  /** The day a signal began, for the table; none for the confidential signal. */
  public LocalDate since(Warning warning) {
    return warning.since() == null ? null : LocalDate.ofInstant(warning.since(), ZoneOffset.UTC);
  }
}
