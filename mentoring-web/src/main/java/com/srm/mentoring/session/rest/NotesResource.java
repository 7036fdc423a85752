package com.srm.mentoring.session.rest;

import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import com.srm.mentoring.session.boundary.Notes;
import com.srm.mentoring.session.rest.SessionViews.NoteView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
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

/**
 * A feedback note, for its author, and for the other party while shared; 404 for anyone else, and
 * the refusal is logged.
 */
@Tag(name = ApiTags.SESSIONS, description = ApiTags.SESSIONS_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotesResource {

  @Inject Notes notes;

  @GET
  @Path("{id}")
  @Operation(summary = "A feedback note, for its author, and the other party once shared")
  @APIResponse(
      responseCode = "200",
      description = "The note, in the framework's parts",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NoteView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such note, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public NoteView find(@Parameter(description = "The note's id") @PathParam("id") UUID id) {
    return NoteView.of(notes.find(id));
  }

  @POST
  @Path("{id}/share")
  @Operation(summary = "Share the note with the other party of the pairing (its author)")
  @APIResponse(
      responseCode = "200",
      description = "The note, shared",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NoteView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such note, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public NoteView share(@Parameter(description = "The note's id") @PathParam("id") UUID id) {
    return NoteView.of(notes.share(id));
  }

  @DELETE
  @Path("{id}/share")
  @Operation(summary = "Take the sharing back; the other party no longer sees it (its author)")
  @APIResponse(
      responseCode = "200",
      description = "The note, private again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NoteView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such note, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public NoteView unshare(@Parameter(description = "The note's id") @PathParam("id") UUID id) {
    return NoteView.of(notes.unshare(id));
  }
}
