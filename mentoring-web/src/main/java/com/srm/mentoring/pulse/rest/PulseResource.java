package com.srm.mentoring.pulse.rest;

import com.srm.mentoring.pulse.boundary.PulseFigures;
import com.srm.mentoring.pulse.rest.PulseViews.PulseView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The micro-question figures across all cohorts, for HR. */
@Path("pulse")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PulseResource {

  @Inject PulseFigures figures;

  @GET
  @Operation(
      summary =
          "Mean and distribution per question over all cohorts, by role, by week and by both"
              + " (hr-admin); the largest k of the cohorts applies, and each cell is also checked"
              + " against every cohort's own figures")
  public PulseView acrossCohorts() {
    return PulseView.of(figures.acrossCohorts());
  }
}
