package com.srm.mentoring.earlywarning.rest;

import com.srm.mentoring.earlywarning.boundary.EarlyWarnings;
import com.srm.mentoring.earlywarning.rest.WarningViews.CountsView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** How many early warnings stand in one cohort: for hr-admin, counts only; 404 for anyone else. */
@Path("cohorts/{id}/early-warnings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortWarningsResource {

  @Inject EarlyWarnings warnings;

  @GET
  @Path("count")
  @Operation(
      summary =
          "The number of early warnings standing in the cohort, and of its pairings with one, by"
              + " signal (hr-admin); 404 for anyone else and for an unknown cohort")
  public CountsView count(@PathParam("id") UUID cohortId) {
    return CountsView.of(warnings.countsOf(cohortId));
  }
}
