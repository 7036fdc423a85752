package com.srm.mentoring.pairing.rest;

import com.srm.mentoring.pairing.boundary.Pairings;
import com.srm.mentoring.pairing.rest.PairingViews.Ending;
import com.srm.mentoring.pairing.rest.PairingViews.Objective;
import com.srm.mentoring.pairing.rest.PairingViews.PairingView;
import com.srm.mentoring.pairing.rest.PairingViews.Rating;
import com.srm.mentoring.pairing.rest.PairingViews.StateChange;
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

/**
 * A pairing for its mentor, mentee and facilitator, and HR; for anyone else it does not exist (404,
 * and the refusal is logged). Its sessions and notes are answered by the session feature, which
 * stands above pairing ({@code PairingSessionsResource}, {@code PairingNotesResource}).
 */
@Path("pairings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PairingsResource {

  @Inject Pairings pairings;

  @GET
  @Path("{id}")
  @Operation(summary = "A pairing, for its mentor, mentee, facilitator and hr-admin; 404 otherwise")
  public PairingView find(@PathParam("id") UUID id) {
    return PairingView.of(pairings.find(id));
  }

  @PUT
  @Path("{id}/objective")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The senior's \"I will learn\" sentence, until the first session is held (mentee);"
              + " 409 once locked or when the version is not the one stored")
  public PairingView changeObjective(
      @PathParam("id") UUID id, @Valid @NotNull(message = "{srm.body.text}") Objective objective) {
    return PairingView.of(pairings.changeObjective(id, objective.text, objective.version));
  }

  @POST
  @Path("{id}/repair-request")
  @Operation(
      summary =
          "Ask to end the pairing, without a reason (mentor or mentee): the facilitator and HR see"
              + " only that a re-pair was requested")
  public PairingView requestRepair(@PathParam("id") UUID id) {
    return PairingView.of(pairings.requestRepair(id));
  }

  @POST
  @Path("{id}/ending")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "End the pairing (hr-admin); the parties see only that it ended")
  public PairingView end(@PathParam("id") UUID id, Ending ending) {
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
  public PairingView pause(@PathParam("id") UUID id, StateChange change) {
    return PairingView.of(pairings.pause(id, change == null ? null : change.version));
  }

  @POST
  @Path("{id}/resume")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Resume a paused pairing (hr-admin): sessions are planned again; 422 naming pairing when"
              + " it is not paused")
  public PairingView resume(@PathParam("id") UUID id, StateChange change) {
    return PairingView.of(pairings.resume(id, change == null ? null : change.version));
  }

  @POST
  @Path("{id}/rating")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "How far the senior got with the objective, 1 to 5, by each party separately once the"
              + " pairing has ended (409 before); neither sees the other's")
  public PairingView rate(
      @PathParam("id") UUID id, @Valid @NotNull(message = "{srm.rating.required}") Rating rating) {
    return PairingView.of(pairings.rate(id, rating.rating));
  }
}
