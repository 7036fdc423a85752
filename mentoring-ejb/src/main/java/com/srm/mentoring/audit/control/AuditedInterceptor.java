package com.srm.mentoring.audit.control;

import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.AuditedMethod;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Logs calls of {@link Audited} methods; see there. Role checks declared with {@code @Interceptors}
 * run before interceptors bound like this one, so a call that gets here has been allowed.
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
      records.read(audited.action(), audited.recordType(), recordId);
      return result;
    }
    Object result = invocation.proceed();
    records.changed(audited.action(), audited.recordType(), recordId);
    return result;
  }
}
