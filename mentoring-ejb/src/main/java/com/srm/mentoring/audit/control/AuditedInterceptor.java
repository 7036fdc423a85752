package com.srm.mentoring.audit.control;

import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.AuditedMethod;
import com.srm.mentoring.platform.control.ListedRecords;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Logs calls of {@link Audited} methods; see there. Role checks declared with {@code @Interceptors}
 * run before interceptors bound like this one, so a call that gets here has been allowed. A change
 * one of the program's own rules refuses ({@link Refusal} of kind {@code RULE}) is logged as
 * denied: an auditor sees the attempt, as for any refusal. A read that answers a list of records
 * names the ids of the records it showed ({@link ListedRecords}), so that an auditor can tell who
 * saw a record through a list or a search.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditedInterceptor {

  @Inject AccessRecords records;

  @AroundInvoke
  public Object log(InvocationContext invocation) throws Exception {
    AuditedMethod audited = AuditedMethod.of(invocation.getMethod());
    String recordId = AuditedMethod.recordIdOf(invocation);
    if (!audited.action().changesData()) {
      // logged once the read has answered: a read refused record by record (answered as not
      // found) must not appear as granted; the refusal is logged by whoever refused
      Object result = invocation.proceed();
      records.read(
          audited.action(),
          audited.recordType(),
          recordId,
          ListedRecords.of(invocation.getMethod(), result).orElse(null));
      return result;
    }
    Object result;
    try {
      result = invocation.proceed();
    } catch (Refusal refused) {
      if (refused.kind() == Refusal.Kind.RULE) {
        records.denied(AccessDenied.of(invocation));
      }
      throw refused;
    }
    records.changed(audited.action(), audited.recordType(), recordId);
    return result;
  }
}
