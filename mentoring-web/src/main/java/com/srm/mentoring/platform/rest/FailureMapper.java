package com.srm.mentoring.platform.rest;

import com.srm.mentoring.platform.control.Outages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of a REST call answers a problem detail: HTTP errors keep their status, a database
 * outage answers 503, anything unexpected a 500 with a reference to the log, never a stack trace.
 */
@Provider
public class FailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof WebApplicationException web) {
      Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
      if (status == null) {
        status = Response.Status.BAD_REQUEST;
      }
      return Problem.of(status, web.getMessage()).toResponse();
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
