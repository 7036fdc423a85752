package com.srm.mentoring.privacy.rest;

import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.rest.Attempts;
import com.srm.mentoring.privacy.boundary.DataRequests;
import com.srm.mentoring.privacy.entity.ErasureReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * HR erases a person's data on their request (GDPR Art. 17). A root path longer than {@code
 * directory}, so that JAX-RS picks it before the directory's own resource.
 */
@Path("directory/people/{username}/erasure")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

  @Inject DataRequests requests;

  @POST
  @Attempts(Action.DELETE)
  @Operation(
      summary =
          "HR only: erase or anonymise the person's data except what a legal hold or the signature"
              + " evidence keeps; the access log is kept. Answers per kind what was erased and"
              + " kept, and why; 404 for anyone but HR and for an unknown person")
  public ErasureReport erase(@PathParam("username") String username) {
    return requests.erase(username);
  }
}
