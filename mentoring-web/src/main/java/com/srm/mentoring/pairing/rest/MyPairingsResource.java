package com.srm.mentoring.pairing.rest;

import com.srm.mentoring.pairing.boundary.Pairings;
import com.srm.mentoring.pairing.rest.PairingViews.PairingView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own pairings. */
@Path("me/pairings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyPairingsResource {

  @Inject Pairings pairings;

  @GET
  @Operation(summary = "The pairings the caller is mentor, mentee or facilitator of, newest first")
  public List<PairingView> mine() {
    return pairings.mine().stream().map(PairingView::of).toList();
  }
}
