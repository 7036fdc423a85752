package com.srm.mentoring.platform.rest;

import com.srm.mentoring.platform.entity.Refusal;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@Schema(
    name = "Problem",
    description =
        "A problem detail (RFC 9457) in the caller's language (Accept-Language, English by"
            + " default)")
public record Problem(
    @Schema(
            description =
                "about:blank, or urn:srm:problem:rule:<field> for a program rule, so that a"
                    + " program tells the rules apart")
        String type,
    @Schema(description = "The HTTP status's reason phrase") String title,
    @Schema(description = "The HTTP status") int status,
    @Schema(description = "What went wrong, naming the field and the people") String detail,
    @Schema(description = "The field or rule to attend to, where there is one") String field,
    @Schema(description = "The refusal's stable key, where there is one") String code) {

  /** The media type of a problem detail, as the API description names it. */
  public static final String TYPE = "application/problem+json";

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
