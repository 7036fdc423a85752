package com.srm.mentoring.pairing.rest;

import com.srm.mentoring.pairing.boundary.Pairings;
import com.srm.mentoring.pairing.rest.PairingViews.PairingView;
import com.srm.mentoring.platform.rest.ApiTags;
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

/** The caller's own pairings. */
@Tag(name = ApiTags.PROGRAM, description = ApiTags.PROGRAM_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("me/pairings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyPairingsResource {

  @Inject Pairings pairings;

  @GET
  @Operation(summary = "The pairings the caller is mentor, mentee or facilitator of, newest first")
  @APIResponse(
      responseCode = "200",
      description = "The caller's pairings, newest first; possibly none",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = PairingView.class)))
  public List<PairingView> mine() {
    return pairings.mine().stream().map(PairingView::of).toList();
  }
}
