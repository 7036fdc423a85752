package com.srm.mentoring.audit.entity;

import java.util.Objects;

/**
 * The order in which the auditor's table shows the access log: one column, ascending or descending.
 * The column is one of a fixed set, so that nothing a visitor sends reaches the query text; ties
 * are always broken by the sequence number, so paging never repeats or skips an entry.
 */
public record LogOrder(Column column, boolean descending) {

  /** The columns the log can be sorted by, each with the attribute it orders. */
  public enum Column {
    SEQUENCE("sequence"),
    TIME("occurredAt"),
    ACTOR("username"),
    ACTION("action"),
    RECORD_TYPE("recordType"),
    OUTCOME("outcome");

    private final String attribute;

    Column(String attribute) {
      this.attribute = attribute;
    }

    public String attribute() {
      return attribute;
    }
  }

  /** The log as it grew, newest first. */
  public static final LogOrder NEWEST_FIRST = new LogOrder(Column.SEQUENCE, true);

  public LogOrder {
    Objects.requireNonNull(column, "column is required");
  }
}
