package com.srm.mentoring.platform.entity;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A request the program refuses for a reason the caller may know: a value that is not valid, a rule
 * of the program, a state that does not allow the change, a record changed by someone else, a
 * record the caller cannot see, a charter not signed, a directory out of reach. Every entity,
 * control and boundary throws this one type; the REST mapper and the pages translate it, in the
 * reader's language, from the bundle {@value #BUNDLE} under its {@link #key()}.
 *
 * <p>The message names the field first ({@code "topics: ..."}), so that a reader knows where to
 * look; {@link #getMessage()} is the English text, for the log and for tests.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Where the texts live: {@code refusals.properties} in English, {@code refusals_de} German. */
  public static final String BUNDLE = "com.srm.mentoring.i18n.refusals";

  /** What kind of refusal, and so which HTTP status it answers. */
  public enum Kind {
    /** A value the request cannot carry: 400. */
    INVALID(400),
    /** A well-formed change one of the program's rules refuses, such as a pairing rule: 422. */
    RULE(422),
    /** A change the record's present state does not allow, e.g. a session already held: 409. */
    CONFLICT(409),
    /** The form showed an older state than the one stored: 409. */
    STALE(409),
    /** No such record for the caller, or one they may not read; both look alike: 404. */
    NOT_FOUND(404),
    /**
     * Something the caller may not do with a record they may read, e.g. answer for another: 403.
     */
    FORBIDDEN(403),
    /** The caller has not signed the charter in force: 403. */
    CHARTER_NOT_SIGNED(403),
    /** A service the change needs, such as the directory, is out of reach: 503. */
    UNAVAILABLE(503);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    /** The HTTP status a REST call answers. */
    public int status() {
      return status;
    }
  }

  private final Kind kind;
  private final String field;
  private final String key;
  private final Object[] args;
  private final List<String> people;

  private Refusal(
      Kind kind, String field, String key, Object[] args, List<String> people, Throwable cause) {
    super(null, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.field = field;
    this.key = Objects.requireNonNull(key, "key");
    // numbers as written in code, not as a locale groups them: "4000 characters", not "4,000"
    this.args =
        args == null
            ? new Object[0]
            : Arrays.stream(args).map(a -> a instanceof Number ? String.valueOf(a) : a).toArray();
    this.people = List.copyOf(people);
  }

  /**
   * A value the request cannot carry, e.g. {@code invalid("topics", "refusal.topics.required")}.
   */
  public static Refusal invalid(String field, String key, Object... args) {
    return new Refusal(Kind.INVALID, field, key, args, List.of(), null);
  }

  /** A change one of the program's rules refuses; {@code field} names the field or the rule. */
  public static Refusal rule(String field, String key, Object... args) {
    return new Refusal(Kind.RULE, field, key, args, List.of(), null);
  }

  /** A change the record's present state does not allow. */
  public static Refusal conflict(String field, String key, Object... args) {
    return new Refusal(Kind.CONFLICT, field, key, args, List.of(), null);
  }

  /** The form showed an older version of the record than the one stored. */
  public static Refusal stale(String recordType) {
    return new Refusal(
        Kind.STALE, "version", "refusal.stale", new Object[] {recordType}, List.of(), null);
  }

  /** A refusal of its own kind, for the few that name neither a rule nor a state. */
  public static Refusal of(Kind kind, String field, String key, Object... args) {
    return new Refusal(kind, field, key, args, List.of(), null);
  }

  /** No such record for the caller: it does not exist, or they may not read it. */
  public static Refusal notFound(String recordType, Object id) {
    return new Refusal(
        Kind.NOT_FOUND,
        null,
        "refusal.notFound",
        new Object[] {recordType, String.valueOf(id)},
        List.of(),
        null);
  }

  /** The caller has not signed the charter in force, or withdrew. */
  public static Refusal charterNotSigned(int currentVersion) {
    return new Refusal(
        Kind.CHARTER_NOT_SIGNED,
        "charter",
        "refusal.charter.notSigned",
        new Object[] {String.valueOf(currentVersion)},
        List.of(),
        null);
  }

  /** A service the change needs is out of reach; nothing was changed. */
  public static Refusal unavailable(String key, Throwable cause) {
    return new Refusal(Kind.UNAVAILABLE, null, key, new Object[0], List.of(), cause);
  }

  /** Refuses the change when the form named a version other than the stored one. */
  public static void checkVersion(String recordType, Long expected, long stored) {
    if (expected != null && expected != stored) {
      throw stale(recordType);
    }
  }

  /** The same refusal, naming the usernames of the people it is about. */
  public Refusal about(List<String> usernames) {
    return new Refusal(kind, field, key, args, usernames, getCause());
  }

  public Kind kind() {
    return kind;
  }

  /** The field or rule the reader has to attend to; null when it is about no field. */
  public String field() {
    return field;
  }

  /** The message's key in {@value #BUNDLE}, stable for clients as the problem's code. */
  public String key() {
    return key;
  }

  /** The values the message names, in the order of its placeholders. */
  public List<Object> args() {
    return List.of(args);
  }

  /** The usernames of the people the refusal is about, such as the parties of a pairing. */
  public List<String> people() {
    return people;
  }

  /** The text without the field, in {@code locale} where the bundle has it, else in English. */
  public String text(Locale locale) {
    return format(key, locale, args);
  }

  /** The whole message, the field first, in {@code locale} or else English. */
  public String message(Locale locale) {
    String text = text(locale);
    return field == null || text.startsWith(field) ? text : field + ": " + text;
  }

  /** The English message, for the log, for REST callers who ask for no language, and tests. */
  @Override
  public String getMessage() {
    return message(Locale.ENGLISH);
  }

  /** The bundle's text for {@code key} in {@code locale}, its placeholders filled. */
  public static String format(String key, Locale locale, Object... args) {
    ResourceBundle bundle = bundle(locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException missing) {
      return key + (args.length == 0 ? "" : " " + Arrays.toString(args));
    }
    return new MessageFormat(pattern, bundle.getLocale()).format(args);
  }

  /** The bundle for {@code locale}, falling back to English, never to the machine's locale. */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale == null ? Locale.ENGLISH : locale,
        Refusal.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
