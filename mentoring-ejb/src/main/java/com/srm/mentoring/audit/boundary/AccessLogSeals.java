package com.srm.mentoring.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** How many seals the access log has, for the metric an operator watches to see sealing go on. */
@Stateless
@PermitAll
public class AccessLogSeals {

  @PersistenceContext EntityManager em;

  /** The seals stored, written by any node. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count() {
    return ((Number) em.createNativeQuery("SELECT count(*) FROM access_log_seal").getSingleResult())
        .longValue();
  }
}
