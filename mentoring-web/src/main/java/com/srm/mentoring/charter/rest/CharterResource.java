package com.srm.mentoring.charter.rest;

import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.charter.control.SignatureChain.Signed;
import com.srm.mentoring.charter.rest.CharterViews.Charter;
import com.srm.mentoring.charter.rest.CharterViews.EvidenceView;
import com.srm.mentoring.charter.rest.CharterViews.SignatureRecord;
import com.srm.mentoring.identity.control.VerifiedToken;
import com.srm.mentoring.identity.web.BearerTokens;
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

/** The charter for the corporate portal: read the version in force, sign it. */
@Path("charter")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CharterResource {

  @Inject Charters charters;

  @Context HttpServletRequest request;

  @GET
  @Path("current")
  @Operation(summary = "The charter in force: version, canonical text, hash and sections")
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
  public EvidenceView evidenceOf(@PathParam("username") String username) {
    return charters.evidenceOf(username).map(EvidenceView::of).orElseThrow(NotFoundException::new);
  }

  /**
   * The version and hash the signer read. A class, not a record: the JSON-B of Payara 6 did not
   * build records from a request body.
   */
  public static class NewSignature {
    @NotNull(message = "{srm.signature.version.required}")
    public Integer version;

    @NotNull(message = "{srm.signature.hash.required}")
    @Pattern(regexp = "[0-9a-fA-F]{64}", message = "{srm.signature.hash.pattern}")
    public String hash;
  }
}
