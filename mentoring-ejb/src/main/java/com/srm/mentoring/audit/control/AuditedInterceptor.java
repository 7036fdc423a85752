package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.boundary.AccessRecords;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

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
    Audited audited = auditedOf(invocation.getMethod());
    String recordType = recordTypeOf(invocation.getMethod());
    String recordId = recordIdOf(invocation);
    if (!audited.action().changesData()) {
      // logged once the read has answered: a read refused record by record (answered as not
      // found) must not appear as granted; the refusal is logged by whoever refused
      Object result = invocation.proceed();
      records.read(audited.action(), recordType, recordId);
      return result;
    }
    Object result = invocation.proceed();
    records.changed(audited.action(), recordType, recordId);
    return result;
  }

  /** The method's {@link Audited}, or its class's. */
  public static Audited auditedOf(Method method) {
    Audited audited = method.getAnnotation(Audited.class);
    return audited != null ? audited : method.getDeclaringClass().getAnnotation(Audited.class);
  }

  /** What the log names as the record type of the method's accesses. */
  public static String recordTypeOf(Method method) {
    Audited audited = auditedOf(method);
    return audited == null || audited.recordType().isEmpty()
        ? method.getDeclaringClass().getSimpleName()
        : audited.recordType();
  }

  private static String recordIdOf(InvocationContext invocation) {
    Parameter[] parameters = invocation.getMethod().getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].isAnnotationPresent(RecordId.class)) {
        Object id = invocation.getParameters()[i];
        return id == null ? null : id.toString();
      }
    }
    return null;
  }
}
