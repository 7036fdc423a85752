package com.srm.mentoring.pulse.rest;

import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import com.srm.mentoring.pulse.boundary.PulseFigures;
import com.srm.mentoring.pulse.rest.PulseViews.PulseView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The micro-question figures across all cohorts, for HR. */
@Tag(name = ApiTags.PULSE, description = ApiTags.PULSE_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
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
  @APIResponse(
      responseCode = "200",
      description = "The figures across all cohorts; cells over fewer than k answers suppressed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PulseView.class)))
  @APIResponse(
      responseCode = "404",
      description = "The caller is not HR (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public PulseView acrossCohorts() {
    return PulseView.of(figures.acrossCohorts());
  }
}
