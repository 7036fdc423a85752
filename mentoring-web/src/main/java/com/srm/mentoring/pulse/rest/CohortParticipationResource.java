package com.srm.mentoring.pulse.rest;

import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import com.srm.mentoring.pulse.boundary.Participations;
import com.srm.mentoring.pulse.rest.PulseViews.UnansweredView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who has not answered which session: for the cohort's facilitators, never with any value. */
@Tag(name = ApiTags.PULSE, description = ApiTags.PULSE_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("cohorts/{id}/participation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortParticipationResource {

  @Inject Participations participations;

  @GET
  @Operation(
      summary =
          "People who attended a held session of the cohort and have not answered its questions"
              + " (the cohort's facilitators)")
  @APIResponse(
      responseCode = "200",
      description = "Who has not answered which held session; never a value",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = UnansweredView.class)))
  @APIResponse(
      responseCode = "404",
      description =
          "No such cohort, or one the caller may not read (the refusal is logged); for anyone but its facilitators",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public List<UnansweredView> unanswered(
      @Parameter(description = "The cohort's id") @PathParam("id") UUID cohortId) {
    return participations.unanswered(cohortId).stream().map(UnansweredView::of).toList();
  }
}
