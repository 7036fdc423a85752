package com.srm.mentoring.audit.rest;

import com.srm.mentoring.audit.boundary.Audits;
import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.Anchor;
import com.srm.mentoring.audit.entity.LogFilter;
import com.srm.mentoring.audit.entity.LogPage;
import com.srm.mentoring.audit.entity.Verification;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The access log for auditors: search, page, export, verify. Everyone else finds nothing here. */
@Tag(name = ApiTags.AUDIT, description = ApiTags.AUDIT_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  /** The name a downloaded receipt is saved under. */
  public static final String RECEIPT_FILE = "access-log-receipt.txt";

  @Inject Audits audits;

  @GET
  @Path("entries")
  @Operation(
      summary =
          "Access log entries, newest first (auditor). Filters: actor, recordType, recordId,"
              + " action, outcome (granted/denied), from, to (ISO-8601). Pass the answer's next"
              + " as cursor for the following page.")
  @APIResponse(
      responseCode = "200",
      description = "A page of entries, newest first, and the cursor of the next",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntriesPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "A filter, cursor or size that does not parse (naming the parameter)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "The caller is not an auditor (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @Parameter(
      name = "actor",
      in = ParameterIn.QUERY,
      description = "The username whose accesses to list",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "recordType",
      in = ParameterIn.QUERY,
      description = "The kind of record accessed, e.g. concern or pairing",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "recordId",
      in = ParameterIn.QUERY,
      description = "A record's id: the accesses to it, and the lists and searches that showed it",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "action",
      in = ParameterIn.QUERY,
      description = "What was done, e.g. read, create, update",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "outcome",
      in = ParameterIn.QUERY,
      description = "granted or denied",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "from",
      in = ParameterIn.QUERY,
      description = "Accesses at or after this instant (ISO-8601)",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "to",
      in = ParameterIn.QUERY,
      description = "Accesses before this instant (ISO-8601)",
      schema = @Schema(type = SchemaType.STRING))
  public EntriesPage entries(
      @BeanParam LogQueryParameters query,
      @Parameter(description = "The next of the page before; the newest page without it")
          @QueryParam("cursor")
          String cursor,
      @Parameter(description = "Entries a page, 1 to 500 (default 50)")
          @QueryParam("size")
          @DefaultValue("50")
          String size) {
    LogFilter filter = query.toFilter();
    LogPage page = audits.entries(filter, LogFilter.cursor(cursor), pageSize(size));
    return new EntriesPage(
        page.entries().stream().map(LoggedAccess::of).toList(),
        page.next() == null ? null : page.next().toString());
  }

  @GET
  @Path("entries.csv")
  @Produces("text/csv")
  @Operation(summary = "The filtered access log as CSV, streamed (auditor)")
  @APIResponse(
      responseCode = "200",
      description = "The filtered log as CSV, as a download",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "400",
      description = "A filter that does not parse (naming the parameter)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "The caller is not an auditor (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @Parameter(
      name = "actor",
      in = ParameterIn.QUERY,
      description = "The username whose accesses to list",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "recordType",
      in = ParameterIn.QUERY,
      description = "The kind of record accessed, e.g. concern or pairing",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "recordId",
      in = ParameterIn.QUERY,
      description = "A record's id: the accesses to it, and the lists and searches that showed it",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "action",
      in = ParameterIn.QUERY,
      description = "What was done, e.g. read, create, update",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "outcome",
      in = ParameterIn.QUERY,
      description = "granted or denied",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "from",
      in = ParameterIn.QUERY,
      description = "Accesses at or after this instant (ISO-8601)",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "to",
      in = ParameterIn.QUERY,
      description = "Accesses before this instant (ISO-8601)",
      schema = @Schema(type = SchemaType.STRING))
  public Response csv(@BeanParam LogQueryParameters query) {
    LogFilter filter = query.toFilter();
    StreamingOutput body =
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          audits.export(filter, writer);
          writer.flush();
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"access-log.csv\"")
        .build();
  }

  @GET
  @Path("verification")
  @Operation(
      summary =
          "Walks the hash chain and the seals of the whole log and holds them against the newest"
              + " anchor outside the database (auditor); with receipt, also against a receipt kept"
              + " from GET audit/receipt")
  @APIResponse(
      responseCode = "200",
      description = "Whether the log is whole, or where it was damaged",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = VerificationResult.class)))
  @APIResponse(
      responseCode = "400",
      description = "A receipt that does not parse (naming receipt)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "The caller is not an auditor (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public VerificationResult verification(
      @Parameter(
              description = "A receipt kept from GET /api/audit/receipt, to hold the log against")
          @QueryParam("receipt")
          String receipt) {
    return VerificationResult.of(
        receipt == null || receipt.isBlank()
            ? audits.verify()
            : audits.verify(Anchor.parse(receipt)));
  }

  @POST
  @Path("verification")
  @Consumes(MediaType.TEXT_PLAIN)
  @Operation(summary = "Verifies the log against a receipt uploaded as the body (auditor)")
  @APIResponse(
      responseCode = "200",
      description = "Whether the log is whole and covers the receipt",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = VerificationResult.class)))
  @APIResponse(
      responseCode = "400",
      description = "A receipt that does not parse (naming receipt)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "The caller is not an auditor (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public VerificationResult verifyAgainst(String receipt) {
    return VerificationResult.of(audits.verify(Anchor.parse(receipt)));
  }

  @GET
  @Path("receipt")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(
      summary =
          "The newest anchor of the log, to keep as a receipt and verify the log against later"
              + " (auditor)")
  @APIResponse(
      responseCode = "200",
      description = "The newest anchor as one line of text, as a download",
      content =
          @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "404",
      description = "No anchor yet, or the caller is not an auditor",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public Response receipt() {
    Anchor newest = audits.receipt().orElseThrow(NotFoundException::new);
    return Response.ok(newest.line() + "\n", MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"" + RECEIPT_FILE + "\"")
        .build();
  }

  private static int pageSize(String size) {
    try {
      int value = Integer.parseInt(size.strip());
      if (value >= 1 && value <= Audits.MAX_PAGE) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw Refusal.invalid("size", "refusal.audit.pageSize", Audits.MAX_PAGE);
  }

  /** A page of entries; {@code next} is absent on the last page. */
  public record EntriesPage(List<LoggedAccess> entries, String next) {}

  /**
   * One entry as the API shows it: references only, never content. {@code requestId} is the
   * server's; {@code forwardedRequestId} the one a trusted proxy passed on, when it did; {@code
   * recordIds} the records a list or search showed, absent for any other access.
   */
  public record LoggedAccess(
      long sequence,
      Instant occurredAt,
      String subject,
      String username,
      String action,
      String recordType,
      String recordId,
      String outcome,
      String clientIp,
      String requestId,
      String forwardedRequestId,
      List<String> recordIds,
      String hash) {

    static LoggedAccess of(AccessLogEntry e) {
      return new LoggedAccess(
          e.getSequence(),
          e.getOccurredAt(),
          e.getSubject(),
          e.getUsername(),
          e.getAction(),
          e.getRecordType(),
          e.getRecordId(),
          e.getOutcome().name().toLowerCase(Locale.ROOT),
          e.getClientIp(),
          e.getRequestId(),
          e.getForwardedRequestId(),
          e.getRecordIds(),
          HexFormat.of().formatHex(e.getHash()));
    }
  }

  /**
   * {@code {"ok":true,"entries":N,"unsealedEntries":U}}, or {@code
   * {"ok":false,"firstBadSequence":S,"damage":…}}, with {@code anchorSequence} (the entry the
   * newest anchor vouches for) when there is an anchor, {@code receipt} ({@code covered} or {@code
   * not-covered}) when one was given, and {@code unsealedSince} (when the oldest entry after the
   * last seal was written) when a whole log has such entries: the fields that do not apply are left
   * out.
   */
  public record VerificationResult(
      boolean ok,
      Long entries,
      Long firstBadSequence,
      String damage,
      Long anchorSequence,
      String receipt,
      Long unsealedEntries,
      Instant unsealedSince) {

    static VerificationResult of(Verification v) {
      String receipt = v.receipt() == null ? null : v.receipt().label();
      return v.ok()
          ? new VerificationResult(
              true,
              v.entries(),
              null,
              null,
              v.anchorSequence(),
              receipt,
              v.unsealedEntries(),
              v.unsealedSince())
          : new VerificationResult(
              false,
              null,
              v.firstBadSequence(),
              v.damage().label(),
              v.anchorSequence(),
              receipt,
              null,
              null);
    }
  }
}
