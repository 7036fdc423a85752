package com.srm.mentoring.audit.entity;

import java.util.List;

/**
 * One page of the access log, newest first.
 *
 * @param entries the entries on this page
 * @param next the cursor for the next, older page, or null when this is the last
 */
public record LogPage(List<AccessLogEntry> entries, Long next) {

  public LogPage {
    entries = List.copyOf(entries);
  }
}
