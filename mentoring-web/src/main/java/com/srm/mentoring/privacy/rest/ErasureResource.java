package com.srm.mentoring.privacy.rest;

import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Attempts;
import com.srm.mentoring.platform.rest.Problem;
import com.srm.mentoring.privacy.boundary.DataRequests;
import com.srm.mentoring.privacy.entity.ErasureReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HR erases a person's data on their request (GDPR Art. 17). A root path longer than {@code
 * directory}, so that JAX-RS picks it before the directory's own resource.
 */
@Tag(name = ApiTags.DATA_REQUESTS, description = ApiTags.DATA_REQUESTS_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("directory/people/{username}/erasure")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

  @Inject DataRequests requests;

  @POST
  @Attempts(Action.DELETE)
  @Operation(
      summary =
          "HR only: erase or anonymise the person's data except what a legal hold or the signature"
              + " evidence keeps; the access log is kept. Answers per kind what was erased and"
              + " kept, and why; 404 for anyone but HR and for an unknown person")
  @APIResponse(
      responseCode = "200",
      description = "Per kind of data: what was erased or anonymised, and what was kept and why",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ErasureReport.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such person, or the caller is not HR (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "HR asked to erase their own data (naming username)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public ErasureReport erase(
      @Parameter(description = "The sign-in name of the person who asked for erasure")
          @PathParam("username")
          String username) {
    return requests.erase(username);
  }
}
