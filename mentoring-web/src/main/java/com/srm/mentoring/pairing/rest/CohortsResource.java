package com.srm.mentoring.pairing.rest;

import com.srm.mentoring.pairing.boundary.Cohorts;
import com.srm.mentoring.pairing.entity.Cohort;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Program runs: HR creates them, HR and facilitators list them. */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortsResource {

  @Inject Cohorts cohorts;

  @GET
  @Operation(summary = "All cohorts, newest first (hr-admin, facilitator)")
  public List<CohortView> all() {
    return cohorts.all().stream().map(CohortView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a draft cohort (hr-admin)")
  public Response create(@Valid @NotNull(message = "a cohort is required") NewCohort cohort) {
    int k =
        cohort.anonymityThreshold == null ? Cohort.DEFAULT_THRESHOLD : cohort.anonymityThreshold;
    Cohort created =
        cohorts.create(
            cohort.name,
            cohort.startsOn,
            cohort.endsOn,
            k,
            cohort.facilitators,
            cohort.escalationContacts);
    return Response.status(Response.Status.CREATED).entity(CohortView.of(created)).build();
  }

  /**
   * A cohort to create; the threshold defaults to 5. A class, not a record: the JSON-B of Payara 6
   * did not build records from a request body.
   */
  public static class NewCohort {
    @NotBlank(message = "name is required")
    @Size(max = Cohort.NAME_LENGTH, message = "name must be at most 120 characters")
    public String name;

    @NotNull(message = "startsOn is required")
    public LocalDate startsOn;

    @NotNull(message = "endsOn is required")
    public LocalDate endsOn;

    @Min(value = Cohort.MINIMUM_THRESHOLD, message = "anonymityThreshold must be at least 3")
    @Max(value = Cohort.MAXIMUM_THRESHOLD, message = "anonymityThreshold must be at most 50")
    public Integer anonymityThreshold;

    /** Usernames of people holding {@code facilitator}. */
    public List<String> facilitators;

    /** Usernames of people holding {@code escalation-contact}; at least one. */
    public List<String> escalationContacts;
  }

  /** A cohort as the API shows it. */
  public record CohortView(
      UUID id,
      String name,
      LocalDate startsOn,
      LocalDate endsOn,
      String state,
      int anonymityThreshold) {

    static CohortView of(Cohort c) {
      return new CohortView(
          c.getId(),
          c.getName(),
          c.getStartsOn(),
          c.getEndsOn(),
          c.getState().name(),
          c.getAnonymityThreshold());
    }
  }
}
