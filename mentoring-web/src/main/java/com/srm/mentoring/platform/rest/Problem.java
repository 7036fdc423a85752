package com.srm.mentoring.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail: the one shape every REST error of the application takes.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} for plain HTTP statuses)
 * @param title the short, human-readable kind of problem
 * @param status the HTTP status
 * @param detail what went wrong in this request, naming the field where there is one
 */
public record Problem(String type, String title, int status, String detail) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public static Problem of(Response.Status status, String detail) {
    return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
