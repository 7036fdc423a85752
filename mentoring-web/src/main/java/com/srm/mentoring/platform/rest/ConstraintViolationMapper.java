package com.srm.mentoring.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Invalid input answers 400 with every broken rule, each naming its field, in the caller's language
 * ({@code Accept-Language}, English by default); the first field named is the problem's {@code
 * field}, as for a {@link com.srm.mentoring.platform.entity.Refusal}.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  /** The code of a body or parameter that breaks a constraint of its own. */
  public static final String INVALID = "refusal.invalid";

  /** The bundle the constraints' messages come from; Hibernate Validator reads it too. */
  static final String BUNDLE = "ValidationMessages";

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    return toResponse(
        invalid,
        Languages.preferred(headers == null ? List.of() : headers.getAcceptableLanguages()));
  }

  /** The answer to the broken rules, in the language given. */
  public static Response toResponse(ConstraintViolationException invalid, Locale locale) {
    List<Described> described =
        invalid.getConstraintViolations().stream()
            .map(violation -> describe(violation, locale))
            .sorted(java.util.Comparator.comparing(Described::text))
            .toList();
    String detail = String.join("; ", described.stream().map(Described::text).toList());
    String field =
        described.isEmpty() || described.get(0).field().isEmpty() ? null : described.get(0).field();
    Response.Status status = Response.Status.BAD_REQUEST;
    return new Problem(
            "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, field, INVALID)
        .toResponse();
  }

  /** A broken rule: the field it names, and what it says about it. */
  record Described(String field, String text) {}

  /** "anonymityThreshold: must be greater than or equal to 3", named after the last path node. */
  static Described describe(ConstraintViolation<?> violation, Locale locale) {
    String field = "";
    for (var node : violation.getPropertyPath()) {
      if (node.getName() != null) {
        field = node.getName();
      }
    }
    String message = message(violation, locale);
    return new Described(field, message.startsWith(field) ? message : field + ": " + message);
  }

  /**
   * The constraint's own message in the language given. The validator has already worded it in the
   * server's language; a message of ours ({@code {srm.…}}) is looked up again in the caller's.
   */
  private static String message(ConstraintViolation<?> violation, Locale locale) {
    String template = violation.getMessageTemplate();
    if (template != null && template.startsWith("{srm.") && template.endsWith("}")) {
      try {
        return ResourceBundle.getBundle(
                BUNDLE,
                locale,
                ConstraintViolationMapper.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES))
            .getString(template.substring(1, template.length() - 1));
      } catch (MissingResourceException notOurs) {
        // fall through to the validator's wording
      }
    }
    return violation.getMessage();
  }
}
