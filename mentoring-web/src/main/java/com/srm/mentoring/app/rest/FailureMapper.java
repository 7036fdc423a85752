package com.srm.mentoring.app.rest;

import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.control.Causes;
import com.srm.mentoring.platform.control.Outages;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.rest.Attempts;
import com.srm.mentoring.platform.rest.ConstraintViolationMapper;
import com.srm.mentoring.platform.rest.Languages;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of a REST call answers a problem detail: HTTP errors keep their status, a missing
 * role 404 for a read and 403 for a change, a {@link Refusal} the status of its kind with its
 * message in the caller's language, naming the field and the refusal's code, a database outage 503,
 * anything unexpected a 500 with a reference to the log, never a stack trace.
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
        : Problem.of(Response.Status.FORBIDDEN, said("refusal.api.roleMissing")).toResponse();
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

  /**
   * A refusal in the caller's language ({@code Accept-Language}, English by default). A record the
   * caller may not see answers exactly like a missing one: the boundary has logged the refusal.
   */
  private Response refused(Refusal refusal) {
    if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
      return notFound();
    }
    Locale locale = callersLanguage();
    Problem problem = Problem.of(refusal, locale);
    if (refusal.kind() == Refusal.Kind.CHARTER_NOT_SIGNED) {
      problem =
          new Problem(
              problem.type(),
              problem.title(),
              problem.status(),
              problem.detail() + ": " + Refusal.format("refusal.charter.howToSign", locale),
              problem.field(),
              problem.code());
    }
    if (refusal.kind() == Refusal.Kind.UNAVAILABLE) {
      LOG.log(Level.WARNING, "{0}: {1}", new Object[] {refusal.getMessage(), refusal.getCause()});
    }
    return problem.toResponse();
  }

  /** A text of the refusals' bundle in the caller's language. */
  private String said(String key, Object... arguments) {
    return Refusal.format(key, callersLanguage(), arguments);
  }

  /** The first of the caller's languages ({@code Accept-Language}) spoken here, else English. */
  private Locale callersLanguage() {
    return Languages.preferred(headers == null ? List.of() : headers.getAcceptableLanguages());
  }

  private static Response notFound() {
    return Problem.of(Response.Status.NOT_FOUND, new NotFoundException().getMessage()).toResponse();
  }

  @Inject Event<AccessDenied> denials;

  @Context Request request;

  @Context UriInfo uri;

  @Context ResourceInfo resource;

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable failure) {
    if (Causes.find(failure, NoContentException.class).isPresent()) {
      return Problem.of(Response.Status.BAD_REQUEST, said("refusal.api.bodyMissing")).toResponse();
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
    Optional<Refusal> refusal = Causes.find(failure, Refusal.class);
    if (refusal.isPresent()) {
      return refused(refusal.get());
    }
    if (Causes.find(failure, EJBAccessException.class).isPresent()
        || Causes.find(failure, AccessLocalException.class).isPresent()) {
      return refused();
    }
    if (failure instanceof ProcessingException) {
      return Problem.of(Response.Status.BAD_REQUEST, said("refusal.api.bodyNotJson")).toResponse();
    }
    Optional<ConstraintViolationException> invalid =
        Causes.find(failure, ConstraintViolationException.class);
    if (invalid.isPresent()) {
      // an entity's own rule, checked as it was written: named like a request body's
      return ConstraintViolationMapper.toResponse(invalid.get(), callersLanguage());
    }
    Optional<IllegalArgumentException> wrong = Causes.find(failure, IllegalArgumentException.class);
    if (wrong.isPresent()) {
      // a value the platform itself could not take, such as a malformed id
      return Problem.of(Response.Status.BAD_REQUEST, wrong.get().getMessage()).toResponse();
    }
    Optional<IllegalStateException> notNow = Causes.find(failure, IllegalStateException.class);
    if (notNow.isPresent() && !Outages.isOutage(failure)) {
      // a state the platform itself refused to work in
      return Problem.of(Response.Status.CONFLICT, notNow.get().getMessage()).toResponse();
    }
    if (Outages.isOutage(failure)) {
      LOG.log(Level.WARNING, "Database unavailable: {0}", failure.toString());
      return Response.fromResponse(
              Problem.of(Response.Status.SERVICE_UNAVAILABLE, said("refusal.api.unavailable"))
                  .toResponse())
          .header("Retry-After", "60")
          .build();
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR, said("refusal.api.unexpected", reference))
        .toResponse();
  }
}
