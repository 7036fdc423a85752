package com.srm.mentoring.platform.control;

import com.srm.mentoring.platform.entity.Action;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

/**
 * What a boundary method does, as the access log names it: the action and record type of its {@link
 * Audited}, or of its class's. Both the access log and whoever refuses a call read it, so that a
 * refusal names the same action a granted call would have been logged with.
 *
 * @param action what the method does; a read when it is not audited
 * @param recordType the kind of record; the class's simple name when the annotation names none
 */
public record AuditedMethod(Action action, String recordType) {

  public static AuditedMethod of(Method method) {
    Audited audited = auditedOf(method);
    Action action = audited == null ? Action.READ : audited.action();
    String recordType =
        audited == null || audited.recordType().isEmpty()
            ? method.getDeclaringClass().getSimpleName()
            : audited.recordType();
    return new AuditedMethod(action, recordType);
  }

  /** The method's {@link Audited}, or its class's; null when neither is audited. */
  public static Audited auditedOf(Method method) {
    Audited audited = method.getAnnotation(Audited.class);
    return audited != null ? audited : method.getDeclaringClass().getAnnotation(Audited.class);
  }

  /** The call's argument marked {@link RecordId}, as text; null when there is none. */
  public static String recordIdOf(InvocationContext invocation) {
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
