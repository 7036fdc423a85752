package com.srm.mentoring.earlywarning.rest;

import com.srm.mentoring.earlywarning.boundary.EarlyWarnings;
import com.srm.mentoring.earlywarning.rest.WarningViews.CountsView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** How many early warnings stand in each cohort: for hr-admin, counts only; 404 for anyone else. */
@Path("early-warnings/counts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WarningCountsResource {

  @Inject EarlyWarnings warnings;

  @GET
  @Operation(summary = "The number of early warnings per cohort, by signal (hr-admin); 404 else")
  public List<CountsView> counts() {
    return warnings.countsByCohort().stream().map(CountsView::of).toList();
  }
}
