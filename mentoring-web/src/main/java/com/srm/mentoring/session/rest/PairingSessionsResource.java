package com.srm.mentoring.session.rest;

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

/**
 * A pairing's sessions, for whoever may read the pairing. Its own root path, longer than {@code
 * pairings}, so that the pairing feature below need not know sessions.
 */
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
  public Response plan(
      @PathParam("id") UUID pairing,
      @Valid @NotNull(message = "{srm.session.body}") NewSession session) {
    SessionDetail planned = sessions.plan(pairing, session.startsAt, session.place);
    return Response.status(Response.Status.CREATED).entity(SessionView.of(planned)).build();
  }

  @GET
  @Operation(summary = "The pairing's sessions in time order, for whoever may read the pairing")
  public List<SessionView> sessionsOf(@PathParam("id") UUID pairing) {
    return sessions.ofPairing(pairing).stream().map(SessionView::of).toList();
  }
}
