package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.LogFilter;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages through the access log newest first with a keyset on the sequence number: each page starts
 * below the last one seen, so page 10,000 costs what page 1 costs, unlike an OFFSET.
 */
@Dependent
public class LogQuery {

  @PersistenceContext EntityManager em;

  /**
   * Up to {@code limit} entries that match, older than {@code before} (all when null), newest
   * first.
   */
  public List<AccessLogEntry> page(LogFilter filter, Long before, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT e FROM AccessLogEntry e WHERE 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    condition(jpql, parameters, "e.username = :actor", "actor", filter.actor());
    condition(jpql, parameters, "e.recordType = :recordType", "recordType", filter.recordType());
    condition(jpql, parameters, "e.recordId = :recordId", "recordId", filter.recordId());
    condition(jpql, parameters, "e.action = :action", "action", filter.action());
    condition(jpql, parameters, "e.outcome = :outcome", "outcome", filter.outcome());
    condition(jpql, parameters, "e.occurredAt >= :from", "from", filter.from());
    condition(jpql, parameters, "e.occurredAt < :to", "to", filter.to());
    condition(jpql, parameters, "e.sequence < :before", "before", before);
    jpql.append(" ORDER BY e.sequence DESC");
    TypedQuery<AccessLogEntry> query = em.createQuery(jpql.toString(), AccessLogEntry.class);
    parameters.forEach(query::setParameter);
    return new ArrayList<>(query.setMaxResults(limit).getResultList());
  }

  private static void condition(
      StringBuilder jpql,
      Map<String, Object> parameters,
      String clause,
      String name,
      Object value) {
    if (value != null) {
      jpql.append(" AND ").append(clause);
      parameters.put(name, value);
    }
  }
}
