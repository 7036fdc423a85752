package com.srm.mentoring.platform.control;

import com.srm.mentoring.platform.entity.Action;
import jakarta.interceptor.InvocationContext;

/**
 * A CDI event: the caller was refused access. Whoever refuses fires it; the access log observes it
 * and records it in a transaction of its own, since the refused call's transaction rolls back. It
 * lives here, not in the access log's package, so that refusing never depends on the log.
 *
 * @param action what the caller tried to do
 * @param recordType the kind of record, or the page or API path when the container refused
 * @param recordId the record's id, or null
 * @param atTheEdge whether the web layer saw the refusal only as it went by; such a refusal is not
 *     logged again when the boundary already logged it in the same request
 */
public record AccessDenied(Action action, String recordType, String recordId, boolean atTheEdge) {

  /**
   * A call of a boundary method was refused: the entry names what the method would have done and to
   * which record, as its {@link Audited} and {@link RecordId} say.
   */
  public static AccessDenied of(InvocationContext refused) {
    AuditedMethod attempted = AuditedMethod.of(refused.getMethod());
    return of(attempted.action(), attempted.recordType(), AuditedMethod.recordIdOf(refused));
  }

  /** A refusal by a boundary, which knows what was asked for. */
  public static AccessDenied of(Action action, String recordType, String recordId) {
    return new AccessDenied(action, recordType, recordId, false);
  }

  /** A refusal the web layer saw: the container refused before any boundary ran. */
  public static AccessDenied atTheEdge(Action action, String path) {
    return new AccessDenied(action, path, null, true);
  }
}
