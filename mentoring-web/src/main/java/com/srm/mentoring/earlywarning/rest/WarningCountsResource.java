package com.srm.mentoring.earlywarning.rest;

import com.srm.mentoring.earlywarning.boundary.EarlyWarnings;
import com.srm.mentoring.earlywarning.rest.WarningViews.CountsView;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How many early warnings stand in each cohort: for hr-admin, counts only; 404 for anyone else. */
@Tag(name = ApiTags.EARLY_WARNINGS, description = ApiTags.EARLY_WARNINGS_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("early-warnings/counts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WarningCountsResource {

  @Inject EarlyWarnings warnings;

  @GET
  @Operation(summary = "The number of early warnings per cohort, by signal (hr-admin); 404 else")
  @APIResponse(
      responseCode = "200",
      description = "One row per cohort with a warning: counts by signal only",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = CountsView.class)))
  @APIResponse(
      responseCode = "404",
      description = "Not HR: the call does not exist for the caller (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public List<CountsView> counts() {
    return warnings.countsByCohort().stream().map(CountsView::of).toList();
  }
}
