package com.srm.mentoring.pulse.rest;

import com.srm.mentoring.pulse.boundary.PulseFigures;
import com.srm.mentoring.pulse.rest.PulseViews.PulseView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A cohort's micro-question figures. */
@Path("cohorts/{id}/pulse")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortPulseResource {

  @Inject PulseFigures figures;

  @GET
  @Operation(
      summary =
          "Mean and distribution per question for the cohort, by role, by week and by both"
              + " (HR, the cohort's facilitators and the people paired in it); a cell over fewer"
              + " than k answers, or whose difference to another shown cell is, is"
              + " {\"suppressed\": true} with no count or mean")
  public PulseView pulse(@PathParam("id") UUID cohortId) {
    return PulseView.of(figures.ofCohort(cohortId));
  }
}
