package com.srm.mentoring.audit.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One access to a protected record, before it is written: references only, never content.
 *
 * @param occurredAt when, in UTC
 * @param subject the caller's OIDC subject, or null for an anonymous caller
 * @param username the caller's username, or null
 * @param action what was done: read, create, update, delete, sign, export, deny
 * @param recordType the kind of record, e.g. {@code concern}
 * @param recordId the record's id, or null for a listing
 * @param outcome granted or denied
 * @param clientIp where the request came from
 * @param requestId the id the server gave the request, to find it in the server log
 * @param forwardedRequestId the id a trusted proxy passed on for the request, or null
 * @param recordIds the ids of the records a list or search showed, or null when the access was not
 *     to a list of records
 */
public record AccessEvent(
    Instant occurredAt,
    String subject,
    String username,
    String action,
    String recordType,
    String recordId,
    Outcome outcome,
    String clientIp,
    String requestId,
    String forwardedRequestId,
    List<String> recordIds) {

  public AccessEvent {
    Objects.requireNonNull(occurredAt, "occurredAt is required");
    Objects.requireNonNull(action, "action is required");
    Objects.requireNonNull(recordType, "recordType is required");
    Objects.requireNonNull(outcome, "outcome is required");
    recordIds = recordIds == null ? null : List.copyOf(recordIds);
  }

  /** An access with no forwarded request id and no list of records. */
  public AccessEvent(
      Instant occurredAt,
      String subject,
      String username,
      String action,
      String recordType,
      String recordId,
      Outcome outcome,
      String clientIp,
      String requestId) {
    this(
        occurredAt,
        subject,
        username,
        action,
        recordType,
        recordId,
        outcome,
        clientIp,
        requestId,
        null,
        null);
  }
}
