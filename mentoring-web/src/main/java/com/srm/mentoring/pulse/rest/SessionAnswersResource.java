package com.srm.mentoring.pulse.rest;

import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Answers to the three questions after a held session. The response carries nothing of the answer:
 * it is not the caller's to read back, nor anyone else's.
 */
@Tag(name = ApiTags.PULSE, description = ApiTags.PULSE_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
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
  @APIResponse(
      responseCode = "201",
      description = "Stored without the caller's name; the receipt carries nothing of the answer",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Received.class)))
  @APIResponse(
      responseCode = "400",
      description = "A value missing or outside 1 to 5 (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller did not attend the session",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "Answered already, or the window has closed",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public Response answer(
      @Parameter(description = "The held session's id") @PathParam("id") UUID sessionId,
      @NotNull(message = "{srm.answer.body}") NewAnswer body) {
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
