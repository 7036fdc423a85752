package com.srm.mentoring.escalation.rest;

import com.srm.mentoring.escalation.boundary.Concerns;
import com.srm.mentoring.escalation.entity.ConcernDetail;
import com.srm.mentoring.escalation.entity.ConcernState;
import com.srm.mentoring.escalation.entity.ReaderChoice;
import com.srm.mentoring.escalation.rest.ConcernViews.ConcernSummary;
import com.srm.mentoring.escalation.rest.ConcernViews.ConcernView;
import com.srm.mentoring.escalation.rest.ConcernViews.CountView;
import com.srm.mentoring.escalation.rest.ConcernViews.NotificationView;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.pairing.entity.AdjustmentKind;
import com.srm.mentoring.platform.entity.Refusal;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Concerns over REST. A concern the caller may not read answers 404 exactly like a missing one; a
 * move the state does not allow, or one another contact made first, answers 409 naming the state.
 */
@Tag(name = ApiTags.CONCERNS, description = ApiTags.CONCERNS_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("concerns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConcernsResource {

  @Inject Concerns concerns;

  @GET
  @Operation(
      summary =
          "The concerns the caller may read (reporter, or a named escalation contact of its cohort"
              + " not excluded), newest first; with q, those whose title or description contains"
              + " it")
  @APIResponse(
      responseCode = "200",
      description =
          "The concerns the caller may read, newest first; none for anyone else, not even a count",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ConcernSummary.class)))
  public List<ConcernSummary> list(
      @Parameter(
              description =
                  "Words the title or description contains; all concerns the caller may read without it")
          @QueryParam("q")
          String q) {
    return (q == null ? concerns.list() : concerns.search(q))
        .stream().map(ConcernSummary::of).toList();
  }

  @GET
  @Path("count")
  @Operation(summary = "How many concerns the caller may read; zero for anyone who may read none")
  @APIResponse(
      responseCode = "200",
      description = "How many concerns the caller may read",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CountView.class)))
  public CountView count() {
    return new CountView(concerns.count());
  }

  @GET
  @Path("notifications")
  @Operation(summary = "The caller's unseen \"a concern needs you\" notices; no content")
  @APIResponse(
      responseCode = "200",
      description = "The unseen notices, naming no content",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = NotificationView.class)))
  public List<NotificationView> notifications() {
    return concerns.notifications().stream().map(NotificationView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "One concern with its path, its readers and notes, for its readers; 404 for anyone"
              + " else. Reading it leaves the caller's notices about it as they are")
  @APIResponse(
      responseCode = "200",
      description = "The concern with its path, readers and notes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConcernView.class)))
  @APIResponse(
      responseCode = "404",
      description =
          "No such concern, or one the caller may not read: both look alike (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public ConcernView one(@Parameter(description = "The concern's id") @PathParam("id") UUID id) {
    return answer(() -> concerns.find(id));
  }

  @POST
  @Path("{id}/seen")
  @Operation(summary = "The caller saw the concern: 204, and their notices about it are done with")
  @APIResponse(responseCode = "204", description = "Done: the caller's notices about it are seen")
  @APIResponse(
      responseCode = "404",
      description =
          "No such concern, or one the caller may not read: both look alike (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public void seen(@Parameter(description = "The concern's id") @PathParam("id") UUID id) {
    answer(() -> concerns.find(id));
    concerns.seen(id);
  }

  @GET
  @Path("readers")
  @Operation(
      summary =
          "Before raising a concern about one of the caller's pairings: who would read it with"
              + " these exclusions (repeat excluded=username), and whom the caller may exclude"
              + " (the cohort's facilitators and escalation contacts)")
  @APIResponse(
      responseCode = "200",
      description = "Who would read the concern, and whom the caller may exclude",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReaderChoiceView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No pairing named (naming pairing)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pairing of the caller's (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public ReaderChoiceView readers(
      @Parameter(description = "The caller's pairing the concern would be about")
          @QueryParam("pairing")
          UUID pairing,
      @Parameter(description = "A username to exclude; repeat for several") @QueryParam("excluded")
          List<String> excluded) {
    return ReaderChoiceView.of(concerns.readers(pairing, excluded));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Raise a concern about one of the caller's pairings, optionally excluding people"
              + " (usernames) and skipping step 1")
  @APIResponse(
      responseCode = "201",
      description = "Raised: the concern, with its readers fixed now; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConcernView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A title or description missing, too long or not plain text, or someone excluded who may not be (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such pairing of the caller's (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public Response raise(@NotNull(message = "{srm.concern.body}") NewConcern body) {
    ConcernDetail raised =
        concerns.raise(body.pairing, body.title, body.description, body.excluded, body.skipStepOne);
    return Response.status(Response.Status.CREATED)
        .entity(view(raised))
        .location(uri.getAbsolutePathBuilder().path(raised.id().toString()).build())
        .build();
  }

  @POST
  @Path("{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Move the concern on: {\"to\": \"STEP_2\", \"note\": \"...\"}; states RAISED, STEP_1,"
              + " STEP_2, STEP_3, RESOLVED; 409 naming the state when not allowed")
  @APIResponse(
      responseCode = "200",
      description = "The concern, moved on",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConcernView.class)))
  @APIResponse(
      responseCode = "400",
      description = "An unknown state, or a note too long (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description =
          "No such concern, or one the caller may not read: both look alike (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The move is not allowed from the state it is in, or another contact moved it first (naming the state)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public ConcernView move(
      @Parameter(description = "The concern's id") @PathParam("id") UUID id,
      @NotNull(message = "{srm.concern.move.body}") Move body) {
    ConcernState to = state(body.to);
    return answer(() -> concerns.move(id, to, body.note, body.version));
  }

  @POST
  @Path("{id}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Add a note for the concern's readers, or with {\"toReporter\": true} for its reporter"
              + " alone (escalation contacts)")
  @APIResponse(
      responseCode = "200",
      description = "The concern with the note added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConcernView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No text, or one too long or not plain text (naming text)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not one of its escalation contacts",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description =
          "No such concern, or one the caller may not read: both look alike (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public ConcernView note(
      @Parameter(description = "The concern's id") @PathParam("id") UUID id,
      @NotNull(message = "{srm.concern.note.body}") NewNote body) {
    return answer(() -> concerns.addNote(id, body.text, body.toReporter));
  }

  @POST
  @Path("{id}/hold")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Put the concern on legal hold with a reason, so its content outlives retention, or"
              + " lift the hold with {\"lift\": true} and the reason for lifting it (escalation"
              + " contacts); lifting is logged as its own action")
  @APIResponse(
      responseCode = "200",
      description = "The concern, on legal hold or with the hold lifted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConcernView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No reason given (naming reason)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not one of its escalation contacts",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description =
          "No such concern, or one the caller may not read: both look alike (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "On hold already, or not on hold to lift",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public ConcernView hold(
      @Parameter(description = "The concern's id") @PathParam("id") UUID id,
      @NotNull(message = "{srm.concern.hold.body}") Hold body) {
    return answer(
        () -> body.lift ? concerns.liftHold(id, body.reason) : concerns.hold(id, body.reason));
  }

  @POST
  @Path("{id}/adjustment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Step 3: the owning contact asks HR for a program adjustment of the pairing,"
              + " {\"kind\": \"RE_PAIR\" | \"PAUSE\" | \"FORMAT\", \"reason\": \"...\"}; the"
              + " short reason must not repeat the concern (HR sees only it, on the pairing)."
              + " Once HR carried it out, the concern is resolved")
  @APIResponse(
      responseCode = "200",
      description = "The concern, with the adjustment asked of HR",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConcernView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "An unknown kind, or a reason missing, too long or repeating the concern (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller does not own the concern's step",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description =
          "No such concern, or one the caller may not read: both look alike (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The concern is not at step 3, or an adjustment was asked for already",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public ConcernView adjustment(
      @Parameter(description = "The concern's id") @PathParam("id") UUID id,
      @NotNull(message = "{srm.adjustment.body}") NewAdjustment body) {
    AdjustmentKind kind = kind(body.kind);
    return answer(() -> concerns.askForAdjustment(id, kind, body.reason));
  }

  private static AdjustmentKind kind(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return AdjustmentKind.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid(
          "kind", "refusal.concern.kind", String.valueOf(List.of(AdjustmentKind.values())), name);
    }
  }

  @jakarta.ws.rs.core.Context UriInfo uri;

  private ConcernView answer(Supplier<ConcernDetail> call) {
    return view(call.get());
  }

  private static ConcernView view(ConcernDetail concern) {
    return ConcernView.of(concern);
  }

  private static ConcernState state(String name) {
    try {
      return ConcernState.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw Refusal.invalid(
          "to", "refusal.concern.kind", String.valueOf(List.of(ConcernState.values())), name);
    }
  }

  /** Who would read a concern, and whom the reporter may exclude, by username and name. */
  public record ReaderChoiceView(List<PersonName> readers, List<PersonName> excludable) {

    static ReaderChoiceView of(ReaderChoice choice) {
      return new ReaderChoiceView(
          choice.readers().stream().map(PersonName::of).toList(),
          choice.excludable().stream().map(PersonName::of).toList());
    }
  }

  public record PersonName(String username, String displayName) {

    static PersonName of(Person person) {
      return new PersonName(person.getUsername(), person.getDisplayName());
    }
  }

  /** A concern to raise. A class, not a record: Payara 6's JSON-B builds no records. */
  public static class NewConcern {
    public UUID pairing;
    public String title;
    public String description;

    /** Usernames of people who must not see it. */
    public Collection<String> excluded;

    public boolean skipStepOne;
  }

  public static class Move {
    public String to;
    public String note;

    /** The version the caller saw, to be told when someone else moved it since. */
    public Long version;
  }

  @Schema(
      name = "NewConcernNote",
      description = "A note for the readers, or for the reporter alone")
  public static class NewNote {
    public String text;

    /** For the reporter alone: other contacts do not see it. */
    public boolean toReporter;
  }

  /** An adjustment of the pairing to ask HR for. */
  public static class NewAdjustment {
    public String kind;
    public String reason;
  }

  public static class Hold {
    public String reason;
    public boolean lift;
  }
}
