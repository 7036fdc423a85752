package com.srm.mentoring.pulse.rest;

import com.srm.mentoring.pulse.boundary.Pulses;
import com.srm.mentoring.pulse.rest.PulseViews.QuestionsView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The sessions whose three questions wait for the caller. */
@Path("me/questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyQuestionsResource {

  @Inject Pulses pulses;

  @GET
  @Operation(
      summary =
          "Held sessions the caller attended and has not answered for, while their window is open"
              + " (mentoring.pulse.window-days after the session was marked held)")
  public List<QuestionsView> waiting() {
    return pulses.waiting().stream().map(QuestionsView::of).toList();
  }
}
