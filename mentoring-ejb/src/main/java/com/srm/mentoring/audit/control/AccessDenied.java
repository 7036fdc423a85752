package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.Action;

/**
 * A CDI event: the caller was refused access. Whoever refuses fires it; the access log records it
 * in a transaction of its own, since the refused call's transaction rolls back.
 *
 * @param action what the caller tried to do
 * @param recordType the kind of record, or the page or API path when the container refused
 * @param recordId the record's id, or null
 * @param atTheEdge whether the web layer saw the refusal only as it went by; such a refusal is not
 *     logged again when the boundary already logged it in the same request
 */
public record AccessDenied(Action action, String recordType, String recordId, boolean atTheEdge) {

  /** A refusal by a boundary, which knows what was asked for. */
  public static AccessDenied of(Action action, String recordType, String recordId) {
    return new AccessDenied(action, recordType, recordId, false);
  }

  /** A refusal the web layer saw: the container refused before any boundary ran. */
  public static AccessDenied atTheEdge(Action action, String path) {
    return new AccessDenied(action, path, null, true);
  }
}
