package com.srm.mentoring.audit.entity;

import java.time.Instant;
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
 * @param requestId the request's id, to find it in the server log
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
    String requestId) {

  public AccessEvent {
    Objects.requireNonNull(occurredAt, "occurredAt is required");
    Objects.requireNonNull(action, "action is required");
    Objects.requireNonNull(recordType, "recordType is required");
    Objects.requireNonNull(outcome, "outcome is required");
  }
}
