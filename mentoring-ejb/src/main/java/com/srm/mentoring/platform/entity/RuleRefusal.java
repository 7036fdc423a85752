package com.srm.mentoring.platform.entity;

import java.util.Objects;

/**
 * A well-formed change that one of the program's own rules refuses in the record's present state,
 * such as holding the first session before the senior stated what they will learn. It names the
 * field the reader has to attend to; REST answers it with 422, a page with a message.
 *
 * <p>An {@link IllegalStateException}, so that every place that already shows a refused change
 * shows this one too.
 */
public class RuleRefusal extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public RuleRefusal(String field, String message) {
    super(Objects.requireNonNull(field, "field") + ": " + message);
    this.field = field;
  }

  /** The field the refusal is about, as the message begins with it. */
  public String field() {
    return field;
  }
}
