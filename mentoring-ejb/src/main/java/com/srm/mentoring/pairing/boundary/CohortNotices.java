package com.srm.mentoring.pairing.boundary;

import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.CohortNotice;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The notices that an escalation contact of a running cohort was named or removed, for the cohort's
 * other contacts and its facilitators (written by {@link Cohorts#edit}). Read on the home page,
 * before anyone signed the charter too; marked seen only when the reader says so.
 */
@Stateless
@RolesAllowed({
  Roles.EMPLOYEE,
  Roles.FACILITATOR,
  Roles.HR_ADMIN,
  Roles.ESCALATION_CONTACT,
  Roles.AUDITOR
})
@Interceptors(RoleCheck.class)
public class CohortNotices {

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject PairingAccess access;

  /** The caller's unseen notices, newest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<CohortNotice> unseen() {
    return em.createNamedQuery(CohortNotice.UNSEEN, CohortNotice.class)
        .setParameter("me", me())
        .getResultList();
  }

  /** The caller read their notices: only this, never opening a page, marks them seen. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int markSeen() {
    return em.createQuery(
            "UPDATE CohortNotice n SET n.seen = true WHERE n.recipient = :me AND n.seen = false")
        .setParameter("me", me())
        .executeUpdate();
  }

  private String me() {
    return access.caller(session.getCallerPrincipal().getName()).getSubject();
  }
}
