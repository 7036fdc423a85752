package com.srm.mentoring.testsupport;

import com.srm.mentoring.identity.entity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * For the in-container tests: calls the boundaries as an employee, a caller who holds that role and
 * no other, since a test's own thread is nobody. Without a transaction of its own, so that each
 * boundary call runs in its own, as from a REST resource, and a refusal arrives as it is thrown.
 * Deployed with the in-container tier only.
 */
@Stateless
@RunAs(Roles.EMPLOYEE)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InContainerCaller {

  /** What {@code work} answers, the boundaries it calls seeing an employee as the caller. */
  public <T> T asEmployee(Callable<T> work) throws Exception {
    return work.call();
  }
}
