package com.srm.mentoring.session.rest;

import com.srm.mentoring.platform.rest.ApiTags;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's private calendar feed: creating it answers its address, once; creating it again
 * gives a new address and ends the old one; deleting it ends it. A root path longer than {@code
 * me}, so that JAX-RS picks it before the charter's {@code MeResource}.
 */
@Path("me/calendar-feed")
@Tag(name = ApiTags.SESSIONS, description = ApiTags.SESSIONS_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@RequestScoped
public class CalendarFeedResource {

  /** The address of a new feed, shown only in this answer. */
  @Schema(description = "The feed's secret address, which calendar programs subscribe to")
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
  @APIResponse(
      responseCode = "201",
      description = "The feed's address",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FeedAddress.class)))
  public Response create() {
    String url = CalendarFeedServlet.address(settings.baseUrl(request), feeds.create());
    return Response.status(Response.Status.CREATED).entity(new FeedAddress(url)).build();
  }

  @DELETE
  @Operation(summary = "Revoke the caller's calendar feed: its address answers 404 from now on")
  @APIResponse(responseCode = "204", description = "Revoked, or there was none")
  public Response revoke() {
    feeds.revoke();
    return Response.noContent().build();
  }
}
