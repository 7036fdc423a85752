package com.srm.mentoring.session.rest;

import com.srm.mentoring.platform.entity.Refusal;
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

/**
 * A pairing's feedback notes the caller may read, and writing one. Its own root path, longer than
 * {@code pairings}, so that the pairing feature below need not know notes.
 */
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
  public Response write(
      @PathParam("id") UUID pairing, @Valid @NotNull(message = "{srm.note.body}") NewNote note) {
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
  public List<NoteView> notesOf(@PathParam("id") UUID pairing) {
    return notes.ofPairing(pairing).stream().map(NoteView::of).toList();
  }
}
