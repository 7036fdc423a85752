package com.srm.mentoring.identity.control;

import com.srm.mentoring.platform.control.AccessDenied;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Checks {@code @RolesAllowed} a second time, against the application's own record of the caller.
 *
 * <p>The container checks the roles in the caller's token. A token stays valid for minutes after HR
 * removed a role or the directory disabled the person; this check makes such a change count from
 * the very next request. Boundaries name it with {@code @Interceptors(RoleCheck.class)}. A refusal
 * is an {@link AccessDenied} event naming what the method would have done, which the access log
 * records.
 */
public class RoleCheck {

  private static final Logger LOG = Logger.getLogger(RoleCheck.class.getName());

  @Resource SessionContext session;

  @Inject PersonRecords people;

  @Inject Event<AccessDenied> denials;

  @AroundInvoke
  public Object check(InvocationContext invocation) throws Exception {
    if (invocation.getMethod().isAnnotationPresent(PermitAll.class)) {
      return invocation.proceed();
    }
    RolesAllowed allowed = invocation.getMethod().getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = invocation.getMethod().getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    if (allowed != null && !callerHoldsAnyOf(List.of(allowed.value()))) {
      String caller = session.getCallerPrincipal().getName();
      LOG.warning(
          () ->
              "Refused "
                  + invocation.getMethod().getName()
                  + " to "
                  + caller
                  + ": role no longer held");
      denials.fire(AccessDenied.of(invocation));
      throw new EJBAccessException("caller does not hold " + List.of(allowed.value()));
    }
    return invocation.proceed();
  }

  private boolean callerHoldsAnyOf(List<String> roles) {
    return people
        .findByUsername(session.getCallerPrincipal().getName())
        .filter(person -> person.holdsAnyOf(roles))
        .isPresent();
  }
}
