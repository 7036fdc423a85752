package com.srm.mentoring.session.rest;

import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import com.srm.mentoring.session.boundary.Sessions;
import com.srm.mentoring.session.rest.SessionViews.Held;
import com.srm.mentoring.session.rest.SessionViews.NewAgendaItem;
import com.srm.mentoring.session.rest.SessionViews.NewTime;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A session, for whoever may read its pairing; 404 for anyone else, and the refusal is logged. */
@Tag(name = ApiTags.SESSIONS, description = ApiTags.SESSIONS_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

  @Inject Sessions sessions;

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "A session with its agenda and attendance; the pairing's facilitator also gets the"
              + " opening script of the charter in force")
  @APIResponse(
      responseCode = "200",
      description = "The session with agenda and attendance",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SessionView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public SessionView find(@Parameter(description = "The session's id") @PathParam("id") UUID id) {
    return SessionView.of(sessions.find(id));
  }

  @POST
  @Path("{id}/agenda")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a point to the agenda until the session starts (mentor or mentee)")
  @APIResponse(
      responseCode = "200",
      description = "The session with the point added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SessionView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No text, or one too long or not plain text (naming text)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not the mentor or mentee",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The session has started, or is held or cancelled",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public SessionView addToAgenda(
      @Parameter(description = "The session's id") @PathParam("id") UUID id,
      @Valid @NotNull(message = "{srm.body.text}") NewAgendaItem item) {
    return SessionView.of(sessions.addToAgenda(id, item.text));
  }

  @POST
  @Path("{id}/held")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Mark the session held with who attended; the first one held locks the objective, and is"
              + " refused (422 naming objective) until the senior has stated it")
  @APIResponse(
      responseCode = "200",
      description = "The session, held",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SessionView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No attendance, or someone named who is not of the pairing (naming attended)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller may not mark it held",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The session is held or cancelled already, or still to come",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The first session held, and the senior has not stated the objective (naming objective)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public SessionView markHeld(
      @Parameter(description = "The session's id") @PathParam("id") UUID id,
      @Valid @NotNull(message = "{srm.held.body}") Held held) {
    return SessionView.of(sessions.markHeld(id, held.attended));
  }

  @POST
  @Path("{id}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Move a planned session to another time to come; the pair and the facilitator get the"
              + " changed calendar invitation")
  @APIResponse(
      responseCode = "200",
      description = "The session, at its new time",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SessionView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No body, or no new time (naming startsAt)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller may not move it",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The session is held or cancelled already, or its pairing takes no sessions",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "The new time is not to come (naming startsAt)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public SessionView move(
      @Parameter(description = "The session's id") @PathParam("id") UUID id,
      @Valid @NotNull(message = "{srm.session.startsAt.required}") NewTime time) {
    return SessionView.of(sessions.move(id, time.startsAt));
  }

  @POST
  @Path("{id}/cancellation")
  @Operation(summary = "Cancel a planned session")
  @APIResponse(
      responseCode = "200",
      description = "The session, cancelled",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SessionView.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller may not cancel it",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The session is held or cancelled already, or its pairing takes no sessions",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public SessionView cancel(@Parameter(description = "The session's id") @PathParam("id") UUID id) {
    return SessionView.of(sessions.cancel(id));
  }
}
