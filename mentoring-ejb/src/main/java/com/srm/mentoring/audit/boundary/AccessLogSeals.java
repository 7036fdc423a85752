package com.srm.mentoring.audit.boundary;

import com.srm.mentoring.audit.control.AccessLogSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The access log's seals as the schedule works with them: how many there are, for the metric an
 * operator watches to see sealing go on, and the scheduled seal in a transaction of its own.
 */
@Stateless
@PermitAll
public class AccessLogSeals {

  @PersistenceContext EntityManager em;

  @Inject AccessLogSettings settings;

  /**
   * Seals the head when the schedule finds it due, in a transaction of its own: a failure rolls it
   * back and reaches the schedule as an exception, which the schedule counts without letting the
   * timer see it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void sealHeadWhenDue() {
    settings.writer().sealHeadWhenDue(em);
  }

  /** The seals stored, written by any node. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count() {
    return ((Number) em.createNativeQuery("SELECT count(*) FROM access_log_seal").getSingleResult())
        .longValue();
  }
}
