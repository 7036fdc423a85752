package com.srm.mentoring.audit.entity;

import static java.util.stream.Collectors.joining;

import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.PlainText;
import com.srm.mentoring.platform.entity.Refusal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Which entries of the access log an auditor asks for; a null field does not filter.
 *
 * @param actor the username of whoever accessed
 * @param recordType the kind of record, e.g. {@code signature}
 * @param recordId the record's id: its own entries, and those of the lists that showed it
 * @param action what was done, as {@link Action#label()} names it
 * @param outcome granted or denied
 * @param from the earliest time, inclusive
 * @param to the latest time, exclusive
 */
public record LogFilter(
    String actor,
    String recordType,
    String recordId,
    String action,
    Outcome outcome,
    Instant from,
    Instant to) {

  /** No filter: the whole log. */
  public static final LogFilter NONE = new LogFilter(null, null, null, null, null, null, null);

  public LogFilter {
    if (from != null && to != null && !from.isBefore(to)) {
      throw Refusal.invalid("from", "refusal.audit.fromAfterTo");
    }
  }

  /**
   * The filter as a URL or a form gives it; blank values do not filter. Times are ISO-8601, in UTC
   * when they name no zone.
   *
   * @throws Refusal naming the field that is wrong
   */
  public static LogFilter parse(
      String actor,
      String recordType,
      String recordId,
      String action,
      String outcome,
      String from,
      String to) {
    return new LogFilter(
        text("actor", actor),
        text("recordType", recordType),
        text("recordId", recordId),
        action(action),
        outcome(outcome),
        time("from", from),
        time("to", to));
  }

  /**
   * A cursor as a URL gives it: the sequence number the last page ended at, or null.
   *
   * @throws Refusal when it cannot have come from a page of ours
   */
  public static Long cursor(String cursor) {
    String text = blankToNull(cursor);
    if (text == null) {
      return null;
    }
    try {
      long sequence = Long.parseLong(text);
      if (sequence > 0) {
        return sequence;
      }
    } catch (NumberFormatException e) {
      // refused below, with the same message as a negative one
    }
    throw Refusal.invalid("cursor", "refusal.audit.cursor");
  }

  private static String action(String action) {
    String value = blankToNull(action);
    if (value != null && Action.ofLabel(value).isEmpty()) {
      throw Refusal.invalid(
          "action",
          "refusal.audit.action",
          quoted(value),
          Arrays.stream(Action.values()).map(Action::label).collect(joining(", ")));
    }
    return value;
  }

  private static Outcome outcome(String outcome) {
    String value = blankToNull(outcome);
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "granted" -> Outcome.GRANTED;
      case "denied" -> Outcome.DENIED;
      default -> throw Refusal.invalid("outcome", "refusal.audit.outcome", quoted(value));
    };
  }

  private static Instant time(String field, String value) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException withoutZone) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw Refusal.invalid(field, "refusal.audit.time");
      }
    }
  }

  /** A text to search for; a control character could only come from a forged URL. */
  private static String text(String field, String value) {
    if (!PlainText.Validator.isPlain(value)) {
      throw Refusal.invalid(field, "refusal.plainText");
    }
    return blankToNull(value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The value as a message may show it: short, whatever the caller sent. */
  private static String quoted(String value) {
    return "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
  }
}
