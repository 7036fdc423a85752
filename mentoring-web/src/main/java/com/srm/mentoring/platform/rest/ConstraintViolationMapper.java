package com.srm.mentoring.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Invalid input answers 400 with every broken rule, each naming its field; the first field named is
 * the problem's {@code field}, as for a {@link com.srm.mentoring.platform.entity.Refusal}.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    List<String> described =
        invalid.getConstraintViolations().stream()
            .map(ConstraintViolationMapper::describe)
            .sorted()
            .toList();
    String detail = String.join("; ", described);
    String field =
        described.isEmpty() || described.get(0).indexOf(':') < 0
            ? null
            : described.get(0).substring(0, described.get(0).indexOf(':'));
    Response.Status status = Response.Status.BAD_REQUEST;
    return new Problem(
            "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, field, INVALID)
        .toResponse();
  }

  /** The code of a body or parameter that breaks a constraint of its own. */
  public static final String INVALID = "refusal.invalid";

  /** "anonymityThreshold: must be greater than or equal to 3", named after the last path node. */
  static String describe(ConstraintViolation<?> violation) {
    String field = "";
    for (var node : violation.getPropertyPath()) {
      if (node.getName() != null) {
        field = node.getName();
      }
    }
    String message = violation.getMessage();
    return message.startsWith(field) ? message : field + ": " + message;
  }
}
