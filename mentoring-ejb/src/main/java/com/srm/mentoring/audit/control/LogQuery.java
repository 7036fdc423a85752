package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.LogFilter;
import com.srm.mentoring.audit.entity.LogOrder;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages through the access log. The REST API and the export go newest first with a keyset on the
 * sequence number: each page starts below the last one seen, so page 10,000 costs what page 1
 * costs, unlike an OFFSET. The auditor's table sorts by its columns and jumps to a page.
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
    where(jpql, parameters, filter);
    condition(jpql, parameters, "e.sequence < :before", "before", before);
    jpql.append(" ORDER BY e.sequence DESC");
    return list(jpql, parameters, 0, limit);
  }

  /**
   * Up to {@code limit} entries that match, in the given order, from position {@code first}: the
   * auditor's table, which jumps to any page and sorts by any of its columns. An OFFSET costs more
   * the further back it reaches; the table's pages are read by a person, so they stay near the
   * front, and the REST API and the export keep the keyset of {@link #page(LogFilter, Long, int)}.
   */
  public List<AccessLogEntry> page(LogFilter filter, LogOrder order, int first, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT e FROM AccessLogEntry e WHERE 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    where(jpql, parameters, filter);
    String direction = order.descending() ? " DESC" : " ASC";
    jpql.append(" ORDER BY e.").append(order.column().attribute()).append(direction);
    if (order.column() != LogOrder.Column.SEQUENCE) {
      jpql.append(", e.sequence").append(direction);
    }
    return list(jpql, parameters, first, limit);
  }

  /** How many entries match. */
  public long count(LogFilter filter) {
    StringBuilder jpql = new StringBuilder("SELECT COUNT(e) FROM AccessLogEntry e WHERE 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    where(jpql, parameters, filter);
    TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private List<AccessLogEntry> list(
      StringBuilder jpql, Map<String, Object> parameters, int first, int limit) {
    TypedQuery<AccessLogEntry> query = em.createQuery(jpql.toString(), AccessLogEntry.class);
    parameters.forEach(query::setParameter);
    return new ArrayList<>(query.setFirstResult(first).setMaxResults(limit).getResultList());
  }

  private static void where(StringBuilder jpql, Map<String, Object> parameters, LogFilter filter) {
    condition(jpql, parameters, "e.username = :actor", "actor", filter.actor());
    condition(jpql, parameters, "e.recordType = :recordType", "recordType", filter.recordType());
    // a record's own entries, and the lists and searches that showed it
    condition(
        jpql,
        parameters,
        "(e.recordId = :recordId OR array_contains(e.recordIds, :recordId))",
        "recordId",
        filter.recordId());
    condition(jpql, parameters, "e.action = :action", "action", filter.action());
    condition(jpql, parameters, "e.outcome = :outcome", "outcome", filter.outcome());
    condition(jpql, parameters, "e.occurredAt >= :from", "from", filter.from());
    condition(jpql, parameters, "e.occurredAt < :to", "to", filter.to());
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
