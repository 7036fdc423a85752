package com.srm.mentoring.session.rest;

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

/** A session, for whoever may read its pairing; 404 for anyone else, and the refusal is logged. */
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
  public SessionView find(@PathParam("id") UUID id) {
    return SessionView.of(sessions.find(id));
  }

  @POST
  @Path("{id}/agenda")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a point to the agenda until the session starts (mentor or mentee)")
  public SessionView addToAgenda(
      @PathParam("id") UUID id, @Valid @NotNull(message = "{srm.body.text}") NewAgendaItem item) {
    return SessionView.of(sessions.addToAgenda(id, item.text));
  }

  @POST
  @Path("{id}/held")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Mark the session held with who attended; the first one held locks the objective, and is"
              + " refused (422 naming objective) until the senior has stated it")
  public SessionView markHeld(
      @PathParam("id") UUID id, @Valid @NotNull(message = "{srm.held.body}") Held held) {
    return SessionView.of(sessions.markHeld(id, held.attended));
  }

  @POST
  @Path("{id}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Move a planned session to another time to come; the pair and the facilitator get the"
              + " changed calendar invitation")
  public SessionView move(
      @PathParam("id") UUID id,
      @Valid @NotNull(message = "{srm.session.startsAt.required}") NewTime time) {
    return SessionView.of(sessions.move(id, time.startsAt));
  }

  @POST
  @Path("{id}/cancellation")
  @Operation(summary = "Cancel a planned session")
  public SessionView cancel(@PathParam("id") UUID id) {
    return SessionView.of(sessions.cancel(id));
  }
}
