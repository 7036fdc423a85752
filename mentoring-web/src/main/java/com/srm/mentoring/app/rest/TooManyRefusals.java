package com.srm.mentoring.app.rest;

import com.srm.mentoring.audit.control.RequestOrigin;
import com.srm.mentoring.audit.web.LimitedRefusals;
import com.srm.mentoring.platform.rest.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;

/**
 * A call whose read was refused past the caller's limit of refused reads a minute answers 429 Too
 * Many Requests with Retry-After, where it would have answered "not found": however the resource or
 * the failure mapper came to the 404.
 */
@Provider
public class TooManyRefusals implements ContainerResponseFilter {

  @Inject RequestOrigin origin;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != Response.Status.NOT_FOUND.getStatusCode()
        || !origin.refusalsLimited()) {
      return;
    }
    response.setStatus(LimitedRefusals.TOO_MANY_REQUESTS);
    response.setEntity(
        new Problem(
            "about:blank",
            "Too Many Requests",
            LimitedRefusals.TOO_MANY_REQUESTS,
            "Too many refused reads in a minute; try again after Retry-After seconds."),
        new Annotation[0],
        Problem.MEDIA_TYPE);
    response.getHeaders().putSingle("Retry-After", LimitedRefusals.retryAfter());
  }
}
