package com.srm.mentoring.charter.control;

import com.srm.mentoring.charter.entity.CharterStatus;
import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Keeps people without a current signature out of program activity, in one place for every boundary
 * that carries {@link CharterSigned}. It runs before the access log's interceptor, so a refused
 * call is logged as refused, not as granted, and with what the method would have done.
 */
@CharterSigned
@Interceptor
@Priority(Interceptor.Priority.APPLICATION - 10)
public class CharterGate {

  @Resource SessionContext session;

  @Inject CharterStanding standing;

  @Inject Event<AccessDenied> denials;

  @AroundInvoke
  public Object check(InvocationContext invocation) throws Exception {
    if (invocation.getMethod().isAnnotationPresent(PermitAll.class)) {
      return invocation.proceed();
    }
    CharterStatus status = standing.of(session.getCallerPrincipal().getName());
    if (!status.mayTakePart()) {
      denials.fire(AccessDenied.of(invocation));
      throw Refusal.charterNotSigned(status.currentVersion());
    }
    return invocation.proceed();
  }
}
