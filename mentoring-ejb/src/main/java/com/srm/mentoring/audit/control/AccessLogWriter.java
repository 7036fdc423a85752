package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.AccessEvent;
import com.srm.mentoring.audit.entity.AccessLogEntry;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Appends to the access log in the caller's transaction. Appends are serialized by a PostgreSQL
 * advisory lock held until the transaction ends, so that the chain stays strictly sequential with
 * any number of threads and application instances on one database; a JVM lock could not do that.
 */
public final class AccessLogWriter {

  /** The advisory lock's key: any fixed number no other part of the product uses. */
  static final long CHAIN_LOCK = 0x5352_4D5F_4C4F_47L;

  private AccessLogWriter() {}

  public static AccessLogEntry append(EntityManager em, AccessEvent event) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
        .setParameter(1, CHAIN_LOCK)
        .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> head =
        em.createNativeQuery("SELECT sequence, hash FROM access_log ORDER BY sequence DESC LIMIT 1")
            .getResultList();
    long next = head.isEmpty() ? 1 : ((Number) head.get(0)[0]).longValue() + 1;
    byte[] prevHash = head.isEmpty() ? AccessLogEntry.GENESIS : (byte[]) head.get(0)[1];
    AccessLogEntry entry = new AccessLogEntry(next, event, prevHash);
    em.persist(entry);
    em.flush();
    return entry;
  }
}
