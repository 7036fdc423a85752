package com.srm.mentoring.pulse.rest;

import com.srm.mentoring.pulse.boundary.Participations;
import com.srm.mentoring.pulse.rest.PulseViews.UnansweredView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who has not answered which session: for the cohort's facilitators, never with any value. */
@Path("cohorts/{id}/participation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortParticipationResource {

  @Inject Participations participations;

  @GET
  @Operation(
      summary =
          "People who attended a held session of the cohort and have not answered its questions"
              + " (the cohort's facilitators)")
  public List<UnansweredView> unanswered(@PathParam("id") UUID cohortId) {
    return participations.unanswered(cohortId).stream().map(UnansweredView::of).toList();
  }
}
