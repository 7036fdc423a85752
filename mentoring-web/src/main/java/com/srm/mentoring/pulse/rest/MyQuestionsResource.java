package com.srm.mentoring.pulse.rest;

import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.pulse.boundary.Pulses;
import com.srm.mentoring.pulse.rest.PulseViews.QuestionsView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sessions whose three questions wait for the caller. */
@Tag(name = ApiTags.PULSE, description = ApiTags.PULSE_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("me/questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyQuestionsResource {

  @Inject Pulses pulses;

  @GET
  @Operation(
      summary =
          "Held sessions the caller attended and has not answered for, while their window is open"
              + " (mentoring.pulse.window-days after the session was marked held)")
  @APIResponse(
      responseCode = "200",
      description = "The sessions waiting for the caller's answers; possibly none",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = QuestionsView.class)))
  public List<QuestionsView> waiting() {
    return pulses.waiting().stream().map(QuestionsView::of).toList();
  }
}
