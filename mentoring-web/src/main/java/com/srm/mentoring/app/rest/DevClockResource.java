package com.srm.mentoring.app.rest;

import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.ShippedSecrets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Moves the program's clock, in the dev run only ({@value ShippedSecrets#DEV}{@code =true}): the
 * demo program is acted out through the REST API months before today, and the API plans sessions
 * only for a time to come. Anywhere but the dev run the path answers 404; in it, only a signed-in
 * caller may use it.
 */
@Path("dev/clock")
@RequestScoped
public class DevClockResource {

  @Inject
  @ConfigProperty(name = ShippedSecrets.DEV, defaultValue = "false")
  boolean dev;

  @Inject ProgramClock clock;

  @Context SecurityContext security;

  /** The moment the program's clock is to show, such as {@code 2026-03-02T09:00:00Z}. */
  public record Moment(Instant at) {}

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      hidden = true,
      summary = "Sets the program's time to {\"at\": instant} (dev run only; 404 elsewhere)")
  public Response travel(Moment moment) {
    allowed();
    if (moment == null || moment.at() == null) {
      throw new BadRequestException("\"at\" must be an instant such as 2026-03-02T09:00:00Z");
    }
    clock.travelTo(moment.at());
    return Response.noContent().build();
  }

  @DELETE
  @Operation(
      hidden = true,
      summary = "Sets the program's time back to the present (dev run only; 404 elsewhere)")
  public Response backToPresent() {
    allowed();
    clock.backToPresent();
    return Response.noContent().build();
  }

  private void allowed() {
    if (!dev) {
      throw new NotFoundException();
    }
    if (security == null || security.getUserPrincipal() == null) {
      throw new NotAuthorizedException("Bearer");
    }
  }
}
