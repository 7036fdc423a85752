package com.srm.mentoring.pairing.rest;

import com.srm.mentoring.pairing.boundary.Pairings;
import com.srm.mentoring.pairing.rest.PairingViews.Ending;
import com.srm.mentoring.pairing.rest.PairingViews.Objective;
import com.srm.mentoring.pairing.rest.PairingViews.PairingView;
import com.srm.mentoring.pairing.rest.PairingViews.Rating;
import com.srm.mentoring.pairing.rest.PairingViews.StateChange;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * A pairing for its mentor, mentee and facilitator, and HR; for anyone else it does not exist (404,
 * and the refusal is logged). Its sessions and notes are answered by the session feature, which
 * stands above pairing ({@code PairingSessionsResource}, {@code PairingNotesResource}).
 */
@Tag(name = ApiTags.PROGRAM, description = ApiTags.PROGRAM_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("pairings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PairingsResource {

  @Inject Pairings pairings;

  @GET
  @Path("{id}")
  @Operation(summary = "A pairing, for its mentor, mentee, facilitator and hr-admin; 404 otherwise")
  @APIResponse(
      responseCode = "200",
      description = "The pairing, with what the caller may do with it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PairingView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pairing, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public PairingView find(@Parameter(description = "The pairing's id") @PathParam("id") UUID id) {
    return PairingView.of(pairings.find(id));
  }

  @PUT
  @Path("{id}/objective")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The senior's \"I will learn\" sentence, until the first session is held (mentee);"
              + " 409 once locked or when the version is not the one stored")
  @APIResponse(
      responseCode = "200",
      description = "The pairing with the objective stated",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PairingView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No text, or one too long or not plain text (naming text)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not the pairing's mentee",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pairing, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The objective is locked since the first session was held, or the version sent is not the one stored: someone changed it since",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public PairingView changeObjective(
      @Parameter(description = "The pairing's id") @PathParam("id") UUID id,
      @Valid @NotNull(message = "{srm.body.text}") Objective objective) {
    return PairingView.of(pairings.changeObjective(id, objective.text, objective.version));
  }

  @POST
  @Path("{id}/repair-request")
  @Operation(
      summary =
          "Ask to end the pairing, without a reason (mentor or mentee): the facilitator and HR see"
              + " only that a re-pair was requested")
  @APIResponse(
      responseCode = "200",
      description = "The pairing, with the re-pair requested",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PairingView.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not the mentor or mentee",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pairing, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The pairing is not active",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public PairingView requestRepair(
      @Parameter(description = "The pairing's id") @PathParam("id") UUID id) {
    return PairingView.of(pairings.requestRepair(id));
  }

  @POST
  @Path("{id}/ending")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "End the pairing (hr-admin); the parties see only that it ended")
  @APIResponse(
      responseCode = "200",
      description = "The pairing, ended",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PairingView.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not HR (hr-admin)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pairing, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The pairing has ended already, or the version sent is not the one stored: someone changed it since",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public PairingView end(
      @Parameter(description = "The pairing's id") @PathParam("id") UUID id, Ending ending) {
    return PairingView.of(pairings.end(id, ending == null ? null : ending.version));
  }

  @POST
  @Path("{id}/pause")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Pause the pairing (hr-admin): no session is planned (422), no micro-question asked and"
              + " no quiet weeks counted until it is resumed; the parties see only that it is"
              + " paused")
  @APIResponse(
      responseCode = "200",
      description = "The pairing, paused",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PairingView.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not HR (hr-admin)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pairing, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The version sent is not the one stored: someone changed it since",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "The pairing is not active (naming pairing)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public PairingView pause(
      @Parameter(description = "The pairing's id") @PathParam("id") UUID id, StateChange change) {
    return PairingView.of(pairings.pause(id, change == null ? null : change.version));
  }

  @POST
  @Path("{id}/resume")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Resume a paused pairing (hr-admin): sessions are planned again; 422 naming pairing when"
              + " it is not paused")
  @APIResponse(
      responseCode = "200",
      description = "The pairing, active again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PairingView.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not HR (hr-admin)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pairing, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The version sent is not the one stored: someone changed it since",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "The pairing is not paused (naming pairing)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public PairingView resume(
      @Parameter(description = "The pairing's id") @PathParam("id") UUID id, StateChange change) {
    return PairingView.of(pairings.resume(id, change == null ? null : change.version));
  }

  @POST
  @Path("{id}/rating")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "How far the senior got with the objective, 1 to 5, by each party separately once the"
              + " pairing has ended (409 before); neither sees the other's")
  @APIResponse(
      responseCode = "200",
      description = "The pairing with the caller's rating; the other party's stays hidden",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PairingView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No rating, or one outside 1 to 5 (naming rating)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not the mentor or mentee",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pairing, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The pairing has not ended, or the caller rated it already",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public PairingView rate(
      @Parameter(description = "The pairing's id") @PathParam("id") UUID id,
      @Valid @NotNull(message = "{srm.rating.required}") Rating rating) {
    return PairingView.of(pairings.rate(id, rating.rating));
  }
}
