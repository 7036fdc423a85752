package com.srm.mentoring.earlywarning.rest;

import com.srm.mentoring.earlywarning.boundary.EarlyWarnings;
import com.srm.mentoring.earlywarning.rest.WarningViews.WarningView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The early warnings of the pairings the caller facilitates. */
@Path("me/early-warnings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyWarningsResource {

  @Inject EarlyWarnings warnings;

  @GET
  @Operation(
      summary =
          "The warnings standing now on the pairings the caller facilitates (no held session for"
              + " mentoring.warnings.quiet-weeks, micro-questions unanswered, a re-pair request, a"
              + " confidential matter overdue at step 1); an empty list for anyone else")
  public List<WarningView> mine() {
    return warnings.mine().stream().map(WarningView::of).toList();
  }

  @GET
  @Path("unseen")
  @Operation(
      summary =
          "The warnings the caller was notified of and has not looked at since, newest first: each"
              + " warning is notified once, when it appears")
  public List<WarningView> unseen() {
    return warnings.unseen().stream().map(WarningView::of).toList();
  }

  @POST
  @Path("seen")
  @Operation(summary = "The caller looked at their warnings: 204, and their notices are done with")
  public void seen() {
    warnings.markSeen();
  }
}
