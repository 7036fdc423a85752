package com.srm.mentoring.app.rest;

import com.srm.mentoring.charter.control.CharterNotSigned;
import com.srm.mentoring.charter.control.SigningRefused;
import com.srm.mentoring.identity.control.DirectoryUnavailable;
import com.srm.mentoring.pairing.control.PairingRefused;
import com.srm.mentoring.pairing.entity.RatingFinal;
import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.control.Causes;
import com.srm.mentoring.platform.control.Outages;
import com.srm.mentoring.platform.control.RecordNotFound;
import com.srm.mentoring.platform.control.StaleRecord;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.RuleRefusal;
import com.srm.mentoring.platform.rest.Attempts;
import com.srm.mentoring.platform.rest.ConstraintViolationMapper;
import com.srm.mentoring.platform.rest.Problem;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of a REST call answers a problem detail: HTTP errors keep their status, a missing
 * role 404 for a read and 403 for a change, a refused value 400 with the message naming the field,
 * a change the program's rules refuse 422 naming the field or rule, a database or directory outage
 * 503, anything unexpected a 500 with a reference to the log, never a stack trace.
 */
@Provider
public class FailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

  /**
   * A refused read answers exactly what a missing record answers (docs/rules.md, visibility); a
   * refused change says it is forbidden, since there is nothing to hide about a form one may not
   * submit. Either way the refusal is logged, unless the boundary that refused has logged it
   * already.
   */
  private Response refused() {
    Action attempted = attempted();
    denials.fire(AccessDenied.atTheEdge(attempted, "/api/" + uri.getPath()));
    return attempted == Action.READ
        ? notFound()
        : Problem.of(Response.Status.FORBIDDEN, "This needs a role the caller does not hold.")
            .toResponse();
  }

  /** What the refused call attempted: as its resource method says, else as its HTTP method says. */
  private Action attempted() {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method != null && method.isAnnotationPresent(Attempts.class)) {
      return method.getAnnotation(Attempts.class).value();
    }
    return switch (request.getMethod()) {
      case HttpMethod.GET, HttpMethod.HEAD -> Action.READ;
      case HttpMethod.POST -> Action.CREATE;
      case HttpMethod.DELETE -> Action.DELETE;
      default -> Action.UPDATE;
    };
  }

  private static Response notFound() {
    return Problem.of(Response.Status.NOT_FOUND, new NotFoundException().getMessage()).toResponse();
  }

  /**
   * A well-formed request the program's rules refuse, such as a pairing across a reporting line.
   */
  private static final int UNPROCESSABLE = 422;

  @Inject Event<AccessDenied> denials;

  @Context Request request;

  @Context UriInfo uri;

  @Context ResourceInfo resource;

  @Override
  public Response toResponse(Throwable failure) {
    if (Causes.find(failure, NoContentException.class).isPresent()) {
      return Problem.of(Response.Status.BAD_REQUEST, "body: this call needs a JSON body")
          .toResponse();
    }
    if (failure instanceof WebApplicationException web && web.getResponse().hasEntity()) {
      return web.getResponse();
    }
    if (failure instanceof WebApplicationException web) {
      Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
      if (status == null) {
        status = Response.Status.BAD_REQUEST;
      }
      return Problem.of(status, web.getMessage()).toResponse();
    }
    if (Causes.find(failure, RecordNotFound.class).isPresent()) {
      // the boundary logged the refusal, if it was one; a missing record reads exactly alike
      return notFound();
    }
    Optional<PairingRefused> ruleBroken = Causes.find(failure, PairingRefused.class);
    if (ruleBroken.isPresent()) {
      return new Problem(
              "urn:srm:problem:pairing-rule:" + ruleBroken.get().rule().label(),
              "Unprocessable Content",
              UNPROCESSABLE,
              ruleBroken.get().getMessage())
          .toResponse();
    }
    Optional<RatingFinal> rated = Causes.find(failure, RatingFinal.class);
    if (rated.isPresent()) {
      return new Problem(
              "urn:srm:problem:rating-final",
              "Unprocessable Content",
              UNPROCESSABLE,
              rated.get().getMessage())
          .toResponse();
    }
    Optional<RuleRefusal> ruleRefused = Causes.find(failure, RuleRefusal.class);
    if (ruleRefused.isPresent()) {
      return new Problem(
              "urn:srm:problem:rule:" + ruleRefused.get().field(),
              "Unprocessable Content",
              UNPROCESSABLE,
              ruleRefused.get().getMessage())
          .toResponse();
    }
    Optional<StaleRecord> stale = Causes.find(failure, StaleRecord.class);
    if (stale.isPresent()) {
      return Problem.of(Response.Status.CONFLICT, stale.get().getMessage()).toResponse();
    }
    if (Causes.find(failure, EJBAccessException.class).isPresent()
        || Causes.find(failure, AccessLocalException.class).isPresent()) {
      return refused();
    }
    Optional<SigningRefused> signingRefused = Causes.find(failure, SigningRefused.class);
    if (signingRefused.isPresent()) {
      SigningRefused refused = signingRefused.get();
      return Problem.of(
              refused.reason() == SigningRefused.Reason.STALE_VERSION
                  ? Response.Status.CONFLICT
                  : Response.Status.BAD_REQUEST,
              refused.getMessage())
          .toResponse();
    }
    Optional<CharterNotSigned> notSigned = Causes.find(failure, CharterNotSigned.class);
    if (notSigned.isPresent()) {
      CharterNotSigned unsigned = notSigned.get();
      return Problem.of(
              Response.Status.FORBIDDEN,
              unsigned.getMessage()
                  + ": read it at GET /api/charter/current, then sign it with"
                  + " POST /api/charter/signatures")
          .toResponse();
    }
    if (failure instanceof ProcessingException) {
      return Problem.of(Response.Status.BAD_REQUEST, "The body is not valid JSON for this call.")
          .toResponse();
    }
    Optional<ConstraintViolationException> invalid =
        Causes.find(failure, ConstraintViolationException.class);
    if (invalid.isPresent()) {
      // an entity's own rule, checked as it was written: named like a request body's
      return new ConstraintViolationMapper().toResponse(invalid.get());
    }
    Optional<IllegalArgumentException> refusal =
        Causes.find(failure, IllegalArgumentException.class);
    if (refusal.isPresent()) {
      return Problem.of(Response.Status.BAD_REQUEST, refusal.get().getMessage()).toResponse();
    }
    Optional<IllegalStateException> notNow = Causes.find(failure, IllegalStateException.class);
    if (notNow.isPresent() && !Outages.isOutage(failure)) {
      // an entity refused a change its state does not allow, e.g. an objective already locked
      return Problem.of(Response.Status.CONFLICT, notNow.get().getMessage()).toResponse();
    }
    if (Causes.find(failure, DirectoryUnavailable.class).isPresent()) {
      return Problem.of(
              Response.Status.SERVICE_UNAVAILABLE,
              "The corporate directory is unavailable; nothing was changed.")
          .toResponse();
    }
    if (Outages.isOutage(failure)) {
      LOG.log(Level.WARNING, "Database unavailable: {0}", failure.toString());
      return Response.fromResponse(
              Problem.of(
                      Response.Status.SERVICE_UNAVAILABLE,
                      "The service is temporarily unavailable; please try again later.")
                  .toResponse())
          .header("Retry-After", "60")
          .build();
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "The request could not be completed (reference " + reference + ").")
        .toResponse();
  }
}
