package com.srm.mentoring.platform.entity;

import java.util.Objects;

/**
 * A well-formed change that one of the program's own rules refuses in the record's present state,
 * such as holding the first session before the senior stated what they will learn. It names the
 * field the reader has to attend to and a key under which pages find the message in the reader's
 * language ({@code rule.<key>} in the bundle); REST answers it with 422, a page with a message.
 *
 * <p>An {@link IllegalStateException}, so that every place that already shows a refused change
 * shows this one too.
 */
public class RuleRefusal extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String key;

  /**
   * @param field the field named, first in the message
   * @param key the message's key, without the {@code rule.} prefix of the bundle
   * @param message the message in English, for the log and for REST
   */
  public RuleRefusal(String field, String key, String message) {
    super(Objects.requireNonNull(field, "field") + ": " + message);
    this.field = field;
    this.key = Objects.requireNonNull(key, "key");
  }

  /** The field the refusal is about, as the message begins with it. */
  public String field() {
    return field;
  }

  /** The message's key in the bundle, without the {@code rule.} prefix. */
  public String key() {
    return key;
  }
}
