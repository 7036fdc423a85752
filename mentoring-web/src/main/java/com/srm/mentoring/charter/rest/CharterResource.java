package com.srm.mentoring.charter.rest;

import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.charter.control.SignatureChain.Signed;
import com.srm.mentoring.charter.rest.CharterViews.Charter;
import com.srm.mentoring.charter.rest.CharterViews.EvidenceView;
import com.srm.mentoring.charter.rest.CharterViews.SignatureRecord;
import com.srm.mentoring.identity.control.VerifiedToken;
import com.srm.mentoring.identity.web.BearerTokens;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The charter for the corporate portal: read the version in force, sign it. */
@Tag(name = ApiTags.CHARTER, description = ApiTags.CHARTER_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("charter")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CharterResource {

  @Inject Charters charters;

  @Context HttpServletRequest request;

  @GET
  @Path("current")
  @Operation(summary = "The charter in force: version, canonical text, hash and sections")
  @APIResponse(
      responseCode = "200",
      description = "The charter in force; sign it by its version and hash",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Charter.class),
              examples = @ExampleObject(name = "charter", value = CharterExamples.CHARTER)))
  public Charter current() {
    return Charter.of(charters.current());
  }

  @POST
  @Path("signatures")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Sign the charter in force, naming the version and hash read: 201 for a new signature,"
              + " 200 with the same signature when it was signed before; 409 for a version not"
              + " in force, 400 for a wrong hash")
  @RequestBody(
      description = "The version and hash of the text the signer read",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NewSignature.class),
              examples = @ExampleObject(name = "signature", value = CharterExamples.SIGN)))
  @APIResponse(
      responseCode = "201",
      description = "Signed now: the new signature, a link of the signatures' hash chain",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SignatureRecord.class),
              examples = @ExampleObject(name = "signed", value = CharterExamples.SIGNED)))
  @APIResponse(
      responseCode = "200",
      description = "Signed before: the same signature as then",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SignatureRecord.class)))
  @APIResponse(
      responseCode = "400",
      description = "No body, no version, or a hash that is not the version's (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The version named is not the one in force",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public Response sign(@Valid @NotNull(message = "{srm.signature.body}") NewSignature body) {
    VerifiedToken token = (VerifiedToken) request.getAttribute(BearerTokens.VERIFIED_TOKEN);
    Signed signed =
        charters.sign(
            body.version,
            body.hash,
            token == null ? null : token.authenticatedAt(),
            request.getHeader("User-Agent"));
    return Response.status(signed.isNew() ? Response.Status.CREATED : Response.Status.OK)
        .entity(SignatureRecord.of(signed.signature()))
        .build();
  }

  @GET
  @Path("signatures/{username}")
  @Operation(
      summary =
          "The evidence of a person's newest signature (hr-admin, auditor); every read is logged")
  @APIResponse(
      responseCode = "200",
      description = "The signed text, the signature and the check of the chain up to it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EvidenceView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No signature of that person, or the caller is neither HR nor an auditor",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public EvidenceView evidenceOf(
      @Parameter(description = "The person's sign-in name", example = "jun") @PathParam("username")
          String username) {
    return charters.evidenceOf(username).map(EvidenceView::of).orElseThrow(NotFoundException::new);
  }

  /**
   * The version and hash the signer read. A class, not a record: the JSON-B of Payara 6 did not
   * build records from a request body.
   */
  @Schema(description = "The version and hash of the charter text the signer read")
  public static class NewSignature {
    @Schema(description = "The charter's version number, as GET /api/charter/current answers it")
    @NotNull(message = "{srm.signature.version.required}")
    public Integer version;

    @Schema(description = "The SHA-256 of the canonical text read, 64 hex digits")
    @NotNull(message = "{srm.signature.hash.required}")
    @Pattern(regexp = "[0-9a-fA-F]{64}", message = "{srm.signature.hash.pattern}")
    public String hash;
  }
}
