package com.srm.mentoring.platform.web;

import com.srm.mentoring.pairing.boundary.Cohorts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The landing page: what the program is, and whether it is running. */
@Named
@RequestScoped
public class Home {

  @Inject Cohorts cohorts;

  private long activeCohorts;

  /** Reads before rendering, so that a database outage is answered before any output. */
  public void load() {
    activeCohorts = cohorts.countActive();
  }

  public long getActiveCohorts() {
    return activeCohorts;
  }
}
