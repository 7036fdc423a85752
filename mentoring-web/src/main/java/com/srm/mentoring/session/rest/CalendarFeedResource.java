package com.srm.mentoring.session.rest;

import com.srm.mentoring.platform.web.HttpSettings;
import com.srm.mentoring.session.boundary.CalendarFeeds;
import com.srm.mentoring.session.web.CalendarFeedServlet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's private calendar feed: creating it answers its address, once; creating it again
 * gives a new address and ends the old one; deleting it ends it. A root path longer than {@code
 * me}, so that JAX-RS picks it before the charter's {@code MeResource}.
 */
@Path("me/calendar-feed")
@RequestScoped
public class CalendarFeedResource {

  /** The address of a new feed, shown only in this answer. */
  public record FeedAddress(String url) {}

  @Inject CalendarFeeds feeds;

  @Inject HttpSettings settings;

  @Context HttpServletRequest request;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Create the caller's calendar feed, or give it a new secret address (the old one then"
              + " answers 404); the address is shown only in this answer")
  @APIResponse(responseCode = "201", description = "the feed's address")
  public Response create() {
    String url = CalendarFeedServlet.address(settings.baseUrl(request), feeds.create());
    return Response.status(Response.Status.CREATED).entity(new FeedAddress(url)).build();
  }

  @DELETE
  @Operation(summary = "Revoke the caller's calendar feed: its address answers 404 from now on")
  @APIResponse(responseCode = "204", description = "revoked, or there was none")
  public Response revoke() {
    feeds.revoke();
    return Response.noContent().build();
  }
}
