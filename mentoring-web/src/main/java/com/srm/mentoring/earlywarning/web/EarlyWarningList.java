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
 * A facilitator's early warnings. The notices on the home page are done with when the facilitator
 * says so with the page's button, never by opening it: a link alone cannot clear them. Anyone who
 * facilitates no pairing with a warning sees an empty table.
 */
@Named
@RequestScoped
public class EarlyWarningList {

  @Inject EarlyWarnings warnings;

  private List<Warning> standing = List.of();

  public void load() {
    standing = warnings.mine();
  }

  /** The facilitator looked at the warnings: the home page's notices are done with. */
  public String markSeen() {
    warnings.markSeen();
    return "/earlywarning/warnings?faces-redirect=true";
  }

  /** Whether any warning shown was notified and not marked seen yet. */
  public boolean isAnyUnseen() {
    return standing.stream().anyMatch(w -> w.notifiedAt() != null && !w.seen());
  }

  public List<Warning> getStanding() {
    return standing;
  }

  /** The day a signal began, for the table; none for the confidential signal. */
  public LocalDate since(Warning warning) {
    return warning.since() == null ? null : LocalDate.ofInstant(warning.since(), ZoneOffset.UTC);
  }
}
