package com.srm.mentoring.audit.entity;

import java.time.Instant;

/**
 * Which entries of the access log an auditor asks for; a null field does not filter.
 *
 * @param actor the username of whoever accessed
 * @param recordType the kind of record, e.g. {@code signature}
 * @param recordId the record's id
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
      throw new IllegalArgumentException("from: must be before to");
    }
  }
}
