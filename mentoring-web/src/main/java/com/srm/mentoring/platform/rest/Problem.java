package com.srm.mentoring.platform.rest;

import com.srm.mentoring.platform.entity.Refusal;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * An RFC 9457 problem detail: the one shape every REST error of the application takes.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} for plain HTTP statuses)
 * @param title the short, human-readable kind of problem
 * @param status the HTTP status
 * @param detail what went wrong in this request, naming the field where there is one
 * @param field the field or rule the caller has to attend to, where there is one
 * @param code the refusal's stable key, for programs that react to a particular refusal
 */
public record Problem(
    String type, String title, int status, String detail, String field, String code) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public Problem(String type, String title, int status, String detail) {
    this(type, title, status, detail, null, null);
  }

  public static Problem of(Response.Status status, String detail) {
    return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail);
  }

  /**
   * A refusal in the caller's language: its kind gives the status, its key the code. A rule's
   * refusal is typed {@code urn:srm:problem:rule:<field>}, so that a program can tell the rules
   * apart without reading the text.
   */
  public static Problem of(Refusal refusal, Locale locale) {
    int status = refusal.kind().status();
    Response.StatusType known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Unprocessable Content" : known.getReasonPhrase();
    String type =
        refusal.kind() == Refusal.Kind.RULE && refusal.field() != null
            ? "urn:srm:problem:rule:" + refusal.field()
            : "about:blank";
    return new Problem(
        type, title, status, refusal.message(locale), refusal.field(), refusal.key());
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
