package com.srm.mentoring.pairing.rest;

import com.srm.mentoring.pairing.boundary.Adjustments;
import com.srm.mentoring.pairing.entity.Adjustment;
import com.srm.mentoring.platform.control.ContentCipher;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Program adjustments asked for on a pairing, for HR: the kind and a short reason, never the
 * concern behind them. Carrying one out resolves that concern.
 */
@Tag(name = ApiTags.PROGRAM, description = ApiTags.PROGRAM_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("pairings/{pairing}/adjustments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdjustmentsResource {

  @Inject Adjustments adjustments;

  /** An adjustment as HR sees it. */
  public record AdjustmentView(
      UUID id,
      String kind,
      String reason,
      Instant requestedAt,
      boolean done,
      Instant doneAt,
      String doneNote,
      long version) {

    static AdjustmentView of(Adjustment a) {
      return new AdjustmentView(
          a.getId(),
          a.getKind().name(),
          ContentCipher.shown(a.getReason()),
          a.getRequestedAt(),
          a.isDone(),
          a.getDoneAt(),
          ContentCipher.shown(a.getDoneNote()),
          a.getVersion());
    }
  }

  /** HR's word that it was carried out. A class, not a record: Payara 6's JSON-B builds none. */
  public static class Done {
    public String note;
    public Long version;
  }

  @GET
  @Operation(summary = "The adjustments asked for on the pairing, newest first (HR)")
  @APIResponse(
      responseCode = "200",
      description = "The adjustments asked for, newest first: kind and short reason only",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = AdjustmentView.class)))
  @APIResponse(
      responseCode = "404",
      description =
          "No such pairing, or one the caller may not read (the refusal is logged); for anyone but HR",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public List<AdjustmentView> list(
      @Parameter(description = "The pairing's id") @PathParam("pairing") UUID pairing) {
    return adjustments.ofPairing(pairing).stream().map(AdjustmentView::of).toList();
  }

  @POST
  @Path("{id}/done")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "HR carried the adjustment out: a RE_PAIR ends the pairing, a PAUSE pauses it until HR"
              + " resumes it, a FORMAT is recorded on it; a PAUSE or FORMAT needs a note of what"
              + " was agreed, {\"note\": \"...\"}. 409 when it was done already")
  @APIResponse(
      responseCode = "200",
      description = "The adjustment, carried out",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AdjustmentView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No body, or a PAUSE or FORMAT without a note (naming note)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not HR (hr-admin)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such adjustment on the pairing",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "Carried out already, or the version sent is not the one stored",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public AdjustmentView done(
      @Parameter(description = "The pairing's id") @PathParam("pairing") UUID pairing,
      @Parameter(description = "The adjustment's id") @PathParam("id") UUID id,
      @NotNull(message = "{srm.adjustment.done.body}") Done body) {
    return AdjustmentView.of(adjustments.carryOut(pairing, id, body.note, body.version));
  }
}
