package com.srm.mentoring.earlywarning.rest;

import com.srm.mentoring.earlywarning.boundary.EarlyWarnings;
import com.srm.mentoring.earlywarning.rest.WarningViews.WarningView;
import com.srm.mentoring.platform.rest.ApiTags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** The early warnings of the pairings the caller facilitates. */
@Tag(name = ApiTags.EARLY_WARNINGS, description = ApiTags.EARLY_WARNINGS_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("me/early-warnings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyWarningsResource {

  @Inject EarlyWarnings warnings;

  @GET
  @Operation(
      summary =
          "The warnings standing now on the pairings the caller facilitates (no held session for"
              + " mentoring.warnings.quiet-weeks, micro-questions unanswered, a re-pair request, a"
              + " confidential matter overdue at step 1); an empty list for anyone else")
  @APIResponse(
      responseCode = "200",
      description = "The warnings standing now, possibly none",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = WarningView.class)))
  public List<WarningView> mine() {
    return warnings.mine().stream().map(WarningView::of).toList();
  }

  @GET
  @Path("unseen")
  @Operation(
      summary =
          "The warnings the caller was notified of and has not looked at since, newest first: each"
              + " warning is notified once, when it appears")
  @APIResponse(
      responseCode = "200",
      description = "The warnings notified and not seen since, possibly none",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = WarningView.class)))
  public List<WarningView> unseen() {
    return warnings.unseen().stream().map(WarningView::of).toList();
  }

  @POST
  @Path("seen")
  @Operation(summary = "The caller looked at their warnings: 204, and their notices are done with")
  @APIResponse(responseCode = "204", description = "Done: the caller's notices are seen")
  public void seen() {
    warnings.markSeen();
  }
}
