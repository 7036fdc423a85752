package com.srm.mentoring.app.rest;

import com.srm.mentoring.audit.boundary.AccessLogSchedule;
import com.srm.mentoring.earlywarning.boundary.EarlyWarningSchedule;
import com.srm.mentoring.escalation.boundary.EscalationSchedule;
import com.srm.mentoring.escalation.boundary.MailSchedule;
import com.srm.mentoring.identity.boundary.DirectorySchedule;
import com.srm.mentoring.pairing.boundary.RatingSchedule;
import com.srm.mentoring.platform.boundary.ResealSchedule;
import com.srm.mentoring.platform.control.ShippedSecrets;
import com.srm.mentoring.pulse.boundary.PulseSchedule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Runs one round of a timer now, in the dev run only ({@value ShippedSecrets#DEV}{@code =true}), so
 * that the tests prove what a round does, and what it leaves alone, without waiting for the timer.
 * The round runs through the same method the timer calls and is done when the answer comes.
 * Anywhere but the dev run the path answers 404; in it, only a signed-in caller may use it.
 */
@Path("dev/rounds")
@RequestScoped
public class DevRoundsResource {

  @Inject
  @ConfigProperty(name = ShippedSecrets.DEV, defaultValue = "false")
  boolean dev;

  @Inject PulseSchedule pulse;
  @Inject RatingSchedule ratings;
  @Inject EscalationSchedule escalations;
  @Inject EarlyWarningSchedule warnings;
  @Inject AccessLogSchedule accessLog;
  @Inject DirectorySchedule directory;
  @Inject ResealSchedule reseal;
  @Inject MailSchedule mail;

  @Context SecurityContext security;

  @POST
  @Path("{name}")
  @Operation(hidden = true, summary = "Runs one round of a timer now (dev run only; 404 elsewhere)")
  public Response run(@PathParam("name") String name) {
    if (!dev) {
      throw new NotFoundException();
    }
    if (security == null || security.getUserPrincipal() == null) {
      throw new NotAuthorizedException("Bearer");
    }
    Runnable round =
        switch (name) {
          case "pulse-release" -> pulse::releaseDue;
          case "rating-release" -> ratings::releaseDue;
          case "escalation-sweep" -> escalations::sweep;
          case "warning-sweep" -> warnings::sweep;
          case "access-log-seal" -> accessLog::sealHead;
          case "directory-sync" -> directory::syncNow;
          case "content-reseal" -> reseal::run;
          case "mail-send" -> mail::send;
          default -> throw new NotFoundException();
        };
    round.run();
    return Response.noContent().build();
  }
}
