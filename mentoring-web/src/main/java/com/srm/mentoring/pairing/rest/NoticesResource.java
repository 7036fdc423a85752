package com.srm.mentoring.pairing.rest;

import com.srm.mentoring.pairing.boundary.CohortNotices;
import com.srm.mentoring.pairing.entity.CohortNotice;
import com.srm.mentoring.platform.rest.ApiTags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notices about the escalation contacts of their running cohorts. */
@Tag(name = ApiTags.PROGRAM, description = ApiTags.PROGRAM_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("me/notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

  @Inject CohortNotices notices;

  @GET
  @Operation(
      summary =
          "The caller's unseen notices that an escalation contact of one of their running cohorts"
              + " was named or removed, newest first; reading them leaves them unseen")
  @APIResponse(
      responseCode = "200",
      description = "The unseen notices, newest first; possibly none",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = NoticeView.class)))
  public List<NoticeView> unseen() {
    return notices.unseen().stream().map(NoticeView::of).toList();
  }

  @POST
  @Path("seen")
  @Operation(summary = "The caller read their notices: 204, and they are done with")
  @APIResponse(responseCode = "204", description = "Done: the notices are seen")
  public void seen() {
    notices.markSeen();
  }

  /** One notice: which cohort, what changed, about whom. */
  public record NoticeView(
      UUID cohortId, String cohortName, String kind, String contact, Instant at) {

    static NoticeView of(CohortNotice n) {
      return new NoticeView(
          n.getCohortId(),
          n.getCohortName(),
          n.getKind().name(),
          n.getContactName(),
          n.getCreatedAt());
    }
  }
}
