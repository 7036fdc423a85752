package com.srm.mentoring.session.rest;

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

/**
 * A feedback note, for its author, and for the other party while shared; 404 for anyone else, and
 * the refusal is logged.
 */
@Path("notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotesResource {

  @Inject Notes notes;

  @GET
  @Path("{id}")
  @Operation(summary = "A feedback note, for its author, and the other party once shared")
  public NoteView find(@PathParam("id") UUID id) {
    return NoteView.of(notes.find(id));
  }

  @POST
  @Path("{id}/share")
  @Operation(summary = "Share the note with the other party of the pairing (its author)")
  public NoteView share(@PathParam("id") UUID id) {
    return NoteView.of(notes.share(id));
  }

  @DELETE
  @Path("{id}/share")
  @Operation(summary = "Take the sharing back; the other party no longer sees it (its author)")
  public NoteView unshare(@PathParam("id") UUID id) {
    return NoteView.of(notes.unshare(id));
  }
}
