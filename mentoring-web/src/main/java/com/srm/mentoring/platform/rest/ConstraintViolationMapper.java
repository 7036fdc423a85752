package com.srm.mentoring.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/** Invalid input answers 400 with every broken rule, each naming its field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    String detail =
        invalid.getConstraintViolations().stream()
            .map(ConstraintViolationMapper::describe)
            .sorted()
            .collect(Collectors.joining("; "));
    return Problem.of(Response.Status.BAD_REQUEST, detail).toResponse();
  }

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
