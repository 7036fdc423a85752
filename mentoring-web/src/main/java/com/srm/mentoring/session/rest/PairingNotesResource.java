package com.srm.mentoring.session.rest;

import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import com.srm.mentoring.session.boundary.Notes;
import com.srm.mentoring.session.entity.Framework;
import com.srm.mentoring.session.rest.SessionViews.NewNote;
import com.srm.mentoring.session.rest.SessionViews.NoteView;
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
import java.util.Locale;
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
 * A pairing's feedback notes the caller may read, and writing one. Its own root path, longer than
 * {@code pairings}, so that the pairing feature below need not know notes.
 */
@Tag(name = ApiTags.SESSIONS, description = ApiTags.SESSIONS_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("pairings/{id}/notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PairingNotesResource {

  @Inject Notes notes;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Write a feedback note, SBI or DESC, each part required and at most 1,000 characters"
              + " (mentor or mentee): 201 with the note, private to its author")
  @APIResponse(
      responseCode = "201",
      description = "Written: the note, private to its author",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NoteView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "An unknown framework, or a part missing, too long or not plain text (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "The caller is not the mentor or mentee, or has not signed the charter in force",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pairing, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public Response write(
      @Parameter(description = "The pairing's id") @PathParam("id") UUID pairing,
      @Valid @NotNull(message = "{srm.note.body}") NewNote note) {
    Framework framework;
    try {
      framework = Framework.valueOf(note.framework.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid("framework", "refusal.note.framework");
    }
    return Response.status(Response.Status.CREATED)
        .entity(NoteView.of(notes.write(pairing, framework, note.parts())))
        .build();
  }

  @GET
  @Operation(summary = "The pairing's notes the caller may read: their own and those shared")
  @APIResponse(
      responseCode = "200",
      description = "The caller's own notes and those shared with them",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = NoteView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pairing, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public List<NoteView> notesOf(
      @Parameter(description = "The pairing's id") @PathParam("id") UUID pairing) {
    return notes.ofPairing(pairing).stream().map(NoteView::of).toList();
  }
}
