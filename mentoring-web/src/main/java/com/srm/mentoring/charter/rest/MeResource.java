package com.srm.mentoring.charter.rest;

import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.charter.entity.Withdrawal;
import com.srm.mentoring.charter.rest.CharterViews.EvidenceView;
import com.srm.mentoring.charter.rest.CharterViews.Status;
import com.srm.mentoring.charter.rest.CharterViews.WithdrawalRecord;
import com.srm.mentoring.identity.boundary.People;
import com.srm.mentoring.identity.control.VerifiedToken;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.web.BearerTokens;
import com.srm.mentoring.platform.entity.PlainText;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own person record and standing in the program, for the corporate portal. */
@Tag(name = ApiTags.CHARTER, description = ApiTags.CHARTER_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("me")
@RequestScoped
public class MeResource {

  @Inject People people;

  @Inject Charters charters;

  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The caller's person record and the roles the application grants;"
              + " 401 without a valid bearer token")
  @APIResponse(
      responseCode = "200",
      description = "The caller as the directory knows them",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Me.class)))
  public Me me() {
    if (!(request.getAttribute(BearerTokens.VERIFIED_TOKEN) instanceof VerifiedToken token)) {
      throw new NotAuthorizedException("Bearer");
    }
    Person person = people.find(token.subject()).orElseThrow(NotFoundException::new);
    return new Me(
        person.getSubject(),
        person.getUsername(),
        person.getDisplayName(),
        person.getDepartment(),
        person.getGrade(),
        person.getManagerUsername(),
        person.isActive(),
        person.getRoles());
  }

  @GET
  @Path("status")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The caller's standing with the charter: the version signed (or null), whether it is"
              + " the one in force, and whether the caller withdrew from the program")
  @APIResponse(
      responseCode = "200",
      description =
          "The caller's standing: signed when current is true and withdrawn false; else the"
              + " portal offers the charter in force to sign",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Status.class),
              examples = {
                @ExampleObject(
                    name = "not signed",
                    summary = "Never signed: the portal offers the charter",
                    value = CharterExamples.STATUS_NOT_SIGNED),
                @ExampleObject(
                    name = "signed",
                    summary = "Signed the version in force",
                    value = CharterExamples.STATUS_SIGNED)
              }))
  public Status status() {
    return Status.of(charters.myStatus());
  }

  @GET
  @Path("evidence")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The evidence of the caller's newest signature; 404 before any")
  @APIResponse(
      responseCode = "200",
      description = "The signed text, the signature and the check of the chain up to it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EvidenceView.class)))
  @APIResponse(
      responseCode = "404",
      description = "The caller has never signed",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public EvidenceView evidence() {
    return charters.myEvidence().map(EvidenceView::of).orElseThrow(NotFoundException::new);
  }

  @POST
  @Path("withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Withdraw from the program, with an optional reason; signing the charter again"
              + " rejoins it")
  @APIResponse(
      responseCode = "201",
      description = "Withdrawn: when, and the reason given",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WithdrawalRecord.class)))
  @APIResponse(
      responseCode = "400",
      description = "A reason too long, or not plain text (naming reason)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public Response withdraw(@Valid NewWithdrawal body) {
    Withdrawal withdrawal = charters.withdraw(body == null ? null : body.reason);
    return Response.status(Response.Status.CREATED).entity(WithdrawalRecord.of(withdrawal)).build();
  }

  /** An optional reason for leaving; a class for JSON-B, as elsewhere. */
  @Schema(description = "Leaving the program, with an optional reason")
  public static class NewWithdrawal {
    @Schema(description = "Why the caller leaves; optional, plain text")
    @Size(max = Withdrawal.REASON_LENGTH, message = "{srm.withdrawal.reason.size}")
    @PlainText
    public String reason;
  }

  /** A person as the portal sees them. */
  @Schema(description = "The caller as the directory knows them, with the roles they hold")
  public record Me(
      String subject,
      String username,
      String displayName,
      String department,
      Integer grade,
      String manager,
      boolean active,
      List<String> roles) {}
}
