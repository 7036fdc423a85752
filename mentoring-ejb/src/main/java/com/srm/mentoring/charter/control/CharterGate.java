package com.srm.mentoring.charter.control;

import com.srm.mentoring.audit.control.AccessDenied;
import com.srm.mentoring.audit.control.AuditedInterceptor;
import com.srm.mentoring.audit.entity.Action;
import com.srm.mentoring.charter.entity.CharterStatus;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps people without a current signature out of program activity, in one place for every boundary
 * that carries {@link CharterSigned}. It runs before the access log's interceptor, so a refused
 * call is logged as refused, not as granted.
 */
@CharterSigned
@Interceptor
@Priority(Interceptor.Priority.APPLICATION - 10)
public class CharterGate {

  @Resource SessionContext session;

  @PersistenceContext EntityManager em;

  @Inject Event<AccessDenied> denials;

  @AroundInvoke
  public Object check(InvocationContext invocation) throws Exception {
    if (invocation.getMethod().isAnnotationPresent(PermitAll.class)) {
      return invocation.proceed();
    }
    CharterStatus status = CharterStanding.of(em, session.getCallerPrincipal().getName());
    if (!status.mayTakePart()) {
      denials.fire(
          AccessDenied.of(
              Action.READ, AuditedInterceptor.recordTypeOf(invocation.getMethod()), null));
      throw new CharterNotSigned(status.currentVersion());
    }
    return invocation.proceed();
  }
}
