package com.srm.mentoring.pairing.rest;

import com.srm.mentoring.pairing.boundary.Cohorts;
import com.srm.mentoring.pairing.boundary.Pairings;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.CohortDetail;
import com.srm.mentoring.pairing.entity.PairingDetail;
import com.srm.mentoring.pairing.rest.PairingViews.NewPairing;
import com.srm.mentoring.pairing.rest.PairingViews.PairingView;
import com.srm.mentoring.pairing.rest.PairingViews.ProposalView;
import com.srm.mentoring.pairing.rest.PairingViews.SuggestionRequest;
import com.srm.mentoring.platform.entity.PlainText;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
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
 * Program runs: HR creates, edits, activates and closes them and forms their pairings; everyone in
 * a cohort reads it, with its named escalation contacts.
 */
@Tag(name = ApiTags.PROGRAM, description = ApiTags.PROGRAM_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortsResource {

  @Inject Cohorts cohorts;

  @Inject Pairings pairings;

  @GET
  @Operation(summary = "Cohorts, newest first: all for hr-admin, their own for a facilitator")
  @APIResponse(
      responseCode = "200",
      description = "The cohorts the caller may see, newest first; none for anyone else",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = CohortView.class)))
  public List<CohortView> all() {
    return cohorts.all().stream().map(CohortsResource::view).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Create a draft cohort with its facilitators and named escalation contacts (hr-admin):"
              + " 201 with the cohort")
  @APIResponse(
      responseCode = "201",
      description = "Created: the draft cohort with the people named on it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CohortView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A value missing or out of range, or a person named without the role (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not HR (hr-admin)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public Response create(@Valid @NotNull(message = "{srm.cohort.body}") NewCohort cohort) {
    CohortDetail created =
        cohorts.create(
            cohort.name,
            cohort.startsOn,
            cohort.endsOn,
            cohort.threshold(),
            cohort.facilitators,
            cohort.escalationContacts);
    return Response.status(Response.Status.CREATED).entity(view(created)).build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "A cohort with its facilitators and escalation contacts by name, for hr-admin and"
              + " everyone in it; 404 for anyone else")
  @APIResponse(
      responseCode = "200",
      description = "The cohort with its facilitators and escalation contacts by name",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CohortView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cohort, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public CohortView find(@Parameter(description = "The cohort's id") @PathParam("id") UUID id) {
    return view(cohorts.find(id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change a cohort that is not closed (hr-admin); 409 when the version is not the one"
              + " stored")
  @APIResponse(
      responseCode = "200",
      description = "The cohort as changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CohortView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A value missing or out of range, or a person named without the role (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not HR (hr-admin)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cohort, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The cohort is closed, or the version sent is not the one stored: someone changed it since",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public CohortView edit(
      @Parameter(description = "The cohort's id") @PathParam("id") UUID id,
      @Valid @NotNull(message = "{srm.cohort.body}") NewCohort cohort) {
    return view(
        cohorts.edit(
            id,
            cohort.version,
            cohort.name,
            cohort.startsOn,
            cohort.endsOn,
            cohort.threshold(),
            cohort.facilitators,
            cohort.escalationContacts));
  }

  @POST
  @Path("{id}/activation")
  @Operation(summary = "Start the program run (hr-admin); it needs an escalation contact")
  @APIResponse(
      responseCode = "200",
      description = "The cohort, running",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CohortView.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not HR (hr-admin)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cohort, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The cohort is not a draft, or has no escalation contact",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public CohortView activate(@Parameter(description = "The cohort's id") @PathParam("id") UUID id) {
    return view(cohorts.activate(id));
  }

  @POST
  @Path("{id}/closing")
  @Operation(summary = "Close the program run and end its active and paused pairings (hr-admin)")
  @APIResponse(
      responseCode = "200",
      description = "The cohort, closed; its active and paused pairings ended",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CohortView.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not HR (hr-admin)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cohort, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The cohort is closed already",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public CohortView close(@Parameter(description = "The cohort's id") @PathParam("id") UUID id) {
    return view(cohorts.close(id));
  }

  @POST
  @Path("{id}/pairings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Form a pairing of a junior mentor and a senior mentee with a facilitator of the"
              + " cohort (hr-admin): 201 with the pairing, and a warning above a pilot's five"
              + " pairings; 422 naming the rule broken and the people")
  @APIResponse(
      responseCode = "201",
      description = "Formed: the pairing, with a pilot-size warning above five active pairings",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PairingView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A value missing, or a person unknown to the application (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not HR (hr-admin)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cohort, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The cohort is closed",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "A pairing rule broken, naming the rule and the people: same reporting line, grade not below, a second active pairing, a charter not signed, someone inactive",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public Response form(
      @Parameter(description = "The cohort's id") @PathParam("id") UUID id,
      @Valid @NotNull(message = "{srm.pairing.body}") NewPairing pairing) {
    PairingDetail formed = pairings.form(id, pairing.mentor, pairing.mentee, pairing.facilitator);
    int active = pairings.countActive(id);
    String warning =
        active > Cohort.PILOT_SIZE
            ? "pilot-size: the cohort has "
                + active
                + " active pairings; a pilot holds 3 to "
                + Cohort.PILOT_SIZE
            : null;
    return Response.status(Response.Status.CREATED).entity(PairingView.of(formed, warning)).build();
  }

  @GET
  @Path("{id}/pairings")
  @Operation(
      summary = "The cohort's pairings the caller may read: all for hr-admin, their own otherwise")
  @APIResponse(
      responseCode = "200",
      description = "The cohort's pairings the caller may read",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = PairingView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cohort, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public List<PairingView> pairingsOf(
      @Parameter(description = "The cohort's id") @PathParam("id") UUID id) {
    return pairings.ofCohort(id).stream().map(PairingView::of).toList();
  }

  @POST
  @Path("{id}/suggestions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Suggested pairings among the seniors and juniors named (hr-admin): the assignment"
              + " sharing the most topics under every rule, each proposal with its shared topics")
  @APIResponse(
      responseCode = "200",
      description =
          "The proposals, each with its shared topics; none when no pairing fits the rules",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ProposalView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No seniors or juniors named (naming the field)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The caller is not HR (hr-admin)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cohort, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public List<ProposalView> suggest(
      @Parameter(description = "The cohort's id") @PathParam("id") UUID id,
      @Valid @NotNull(message = "{srm.suggestion.body}") SuggestionRequest request) {
    return pairings.suggest(id, request.seniors, request.juniors).stream()
        .map(ProposalView::of)
        .toList();
  }

  private static CohortView view(CohortDetail c) {
    return new CohortView(
        c.id(),
        c.name(),
        c.startsOn(),
        c.endsOn(),
        c.state().name(),
        c.anonymityThreshold(),
        c.facilitators().stream().map(PersonRef::of).toList(),
        c.escalationContacts().stream().map(PersonRef::of).toList(),
        c.version());
  }

  /**
   * A cohort to create or change; the threshold defaults to 5. A class, not a record: the JSON-B of
   * Payara 6 did not build records from a request body.
   */
  public static class NewCohort {
    @NotBlank(message = "{srm.cohort.name.required}")
    @Size(max = Cohort.NAME_LENGTH, message = "{srm.cohort.name.size}")
    @PlainText
    public String name;

    @NotNull(message = "{srm.cohort.startsOn.required}")
    public LocalDate startsOn;

    @NotNull(message = "{srm.cohort.endsOn.required}")
    public LocalDate endsOn;

    @Min(value = Cohort.MINIMUM_THRESHOLD, message = "{srm.cohort.threshold.min}")
    @Max(value = Cohort.MAXIMUM_THRESHOLD, message = "{srm.cohort.threshold.max}")
    public Integer anonymityThreshold;

    /** Usernames of people holding {@code facilitator}. */
    public List<String> facilitators;

    /** Usernames of people holding {@code escalation-contact}; at least one. */
    @NotNull(message = "{srm.cohort.contacts.required}")
    public List<String> escalationContacts;

    /** When changing a cohort: the version the form showed. */
    public Long version;

    int threshold() {
      return anonymityThreshold == null ? Cohort.DEFAULT_THRESHOLD : anonymityThreshold;
    }
  }

  /** A cohort as the API shows it, with the people named on it. */
  public record CohortView(
      UUID id,
      String name,
      LocalDate startsOn,
      LocalDate endsOn,
      String state,
      int anonymityThreshold,
      List<PersonRef> facilitators,
      List<PersonRef> escalationContacts,
      long version) {}
}
