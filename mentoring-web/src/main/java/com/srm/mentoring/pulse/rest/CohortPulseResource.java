package com.srm.mentoring.pulse.rest;

import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A cohort's micro-question figures. */
@Tag(name = ApiTags.PULSE, description = ApiTags.PULSE_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
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
  @APIResponse(
      responseCode = "200",
      description = "The cohort's figures; cells over fewer than k answers suppressed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PulseView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cohort, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public PulseView pulse(
      @Parameter(description = "The cohort's id") @PathParam("id") UUID cohortId) {
    return PulseView.of(figures.ofCohort(cohortId));
  }
}
