package com.srm.mentoring.app.web;

import com.srm.mentoring.earlywarning.boundary.EarlyWarnings;
import com.srm.mentoring.escalation.boundary.Concerns;
import com.srm.mentoring.identity.web.SignedIn;
import com.srm.mentoring.pairing.boundary.CohortNotices;
import com.srm.mentoring.pairing.boundary.Cohorts;
import com.srm.mentoring.pairing.entity.CohortNotice;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The landing page: what the program is, and whether it is running. */
@Named
@RequestScoped
public class Home {

  @Inject Cohorts cohorts;

  @Inject Concerns concerns;

  @Inject CohortNotices cohortNotices;

  @Inject EarlyWarnings warnings;

  @Inject ExternalContext external;

  private long activeCohorts;

  private int concernsNeedingMe;

  private long newWarnings;

  private List<CohortNotice> notices = List.of();

  /** Reads before rendering, so that a database outage is answered before any output. */
  public void load() {
    activeCohorts = cohorts.countActive();
    if (external.getSessionMap().get(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn
        && signedIn.hasRole()) {
      try {
        concernsNeedingMe = concerns.notifications().size();
        newWarnings = warnings.unseenCount();
        notices = cohortNotices.unseen();
      } catch (EJBException noRoleYet) {
        // someone signed in without any role of the program has no concerns to attend to
        concernsNeedingMe = 0;
        newWarnings = 0;
      }
    }
  }

  /** How many concerns were handed to the signed-in contact and not opened since. */
  public int getConcernsNeedingMe() {
    return concernsNeedingMe;
  }

  /** How many early warnings appeared on the signed-in facilitator's pairings since they looked. */
  public long getNewWarnings() {
    return newWarnings;
  }

  /** Changes to the escalation contacts of the caller's running cohorts, not yet marked seen. */
  public List<CohortNotice> getNotices() {
    return notices;
  }

  /** The caller read the notices: only this button, never opening the page, marks them seen. */
  public String noticesSeen() {
    cohortNotices.markSeen();
    return "/index?faces-redirect=true";
  }

  public long getActiveCohorts() {
    return activeCohorts;
  }
}
