package com.srm.mentoring.earlywarning.rest;

import com.srm.mentoring.earlywarning.boundary.EarlyWarnings;
import com.srm.mentoring.earlywarning.rest.WarningViews.CountsView;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How many early warnings stand in one cohort: for hr-admin, counts only; 404 for anyone else. */
@Tag(name = ApiTags.EARLY_WARNINGS, description = ApiTags.EARLY_WARNINGS_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
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
  @APIResponse(
      responseCode = "200",
      description = "The cohort's counts by signal, without names or pairings",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CountsView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cohort, or the caller is not HR (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public CountsView count(
      @Parameter(description = "The cohort's id") @PathParam("id") UUID cohortId) {
    return CountsView.of(warnings.countsOf(cohortId));
  }
}
