package com.srm.mentoring.session.rest;

import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import com.srm.mentoring.session.boundary.Sessions;
import com.srm.mentoring.session.entity.SessionDetail;
import com.srm.mentoring.session.rest.SessionViews.NewSession;
import com.srm.mentoring.session.rest.SessionViews.SessionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/**
 * A pairing's sessions, for whoever may read the pairing. Its own root path, longer than {@code
 * pairings}, so that the pairing feature below need not know sessions.
 */
@Tag(name = ApiTags.SESSIONS, description = ApiTags.SESSIONS_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("pairings/{id}/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PairingSessionsResource {

  @Inject Sessions sessions;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Plan a session at a time to come (the pair or their facilitator): 201 with the session;"
              + " 422 naming pairing while it is paused")
  @APIResponse(
      responseCode = "201",
      description = "Planned: the session",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SessionView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No time, a time past, or a place too long (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "The caller is neither of the pair nor their facilitator, or has not signed the charter in force",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pairing, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The pairing has ended",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "The pairing is paused (naming pairing)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public Response plan(
      @Parameter(description = "The pairing's id") @PathParam("id") UUID pairing,
      @Valid @NotNull(message = "{srm.session.body}") NewSession session) {
    SessionDetail planned = sessions.plan(pairing, session.startsAt, session.place);
    return Response.status(Response.Status.CREATED).entity(SessionView.of(planned)).build();
  }

  @GET
  @Operation(summary = "The pairing's sessions in time order, for whoever may read the pairing")
  @APIResponse(
      responseCode = "200",
      description = "The pairing's sessions in time order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = SessionView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pairing, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public List<SessionView> sessionsOf(
      @Parameter(description = "The pairing's id") @PathParam("id") UUID pairing) {
    return sessions.ofPairing(pairing).stream().map(SessionView::of).toList();
  }
}
