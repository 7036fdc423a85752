package com.srm.mentoring.pulse.rest;

import com.srm.mentoring.pulse.boundary.Pulses;
import com.srm.mentoring.pulse.entity.Answer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Answers to the three questions after a held session. The response carries nothing of the answer:
 * it is not the caller's to read back, nor anyone else's.
 */
@Path("sessions/{id}/answers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionAnswersResource {

  @Inject Pulses pulses;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Answer the three questions (1 to 5 each) for a held session the caller attended;"
              + " 201 once, 409 a second time, 400 naming a missing or out-of-range value,"
              + " 403 for a session the caller did not attend, 409 once the window has closed")
  public Response answer(
      @PathParam("id") UUID sessionId, @NotNull(message = "{srm.answer.body}") NewAnswer body) {
    Answer answer = Answer.of(body.spokeOpenly, body.feltHeard, body.wouldRecommend);
    pulses.answer(sessionId, answer, Boolean.TRUE.equals(body.checkIn));
    return Response.status(Response.Status.CREATED)
        .entity(new Received(sessionId, "Thank you: your answer is stored without your name."))
        .build();
  }

  /**
   * An answer as sent. A class, not a record: the JSON-B of Payara 6 did not build records from a
   * request body. Missing values stay null and are refused by name.
   */
  public static class NewAnswer {
    public Integer spokeOpenly;
    public Integer feltHeard;
    public Integer wouldRecommend;

    /** "I'd like a confidential check-in": opens a step-1 concern in the caller's name. */
    public Boolean checkIn;
  }

  /** The receipt: the session, and nothing of the values. */
  public record Received(UUID sessionId, String message) {}
}
