package com.srm.mentoring.audit.web;

import com.srm.mentoring.audit.boundary.Audits;
import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.LogFilter;
import com.srm.mentoring.audit.entity.LogOrder;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The rows of the auditor's access log table, read a page at a time from the log with the table's
 * sort and the page's filter. The filter comes from the page's URL, asked for at each read, so that
 * a search stays bookmarkable and the CSV export holds exactly the rows the table pages through. A
 * wrong filter reads nothing: the page names the wrong field instead.
 */
public class AuditLogTable extends LazyDataModel<AccessLogEntry> {

  private static final long serialVersionUID = 1L;

  private final transient Audits audits;
  private final transient Supplier<LogFilter> filter;

  AuditLogTable(Audits audits, Supplier<LogFilter> filter) {
    this.audits = audits;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    LogFilter current = filter.get();
    return current == null
        ? 0
        : Math.toIntExact(Math.min(Integer.MAX_VALUE, audits.count(current)));
  }

  @Override
  public List<AccessLogEntry> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    LogFilter current = filter.get();
    if (current == null) {
      return List.of();
    }
    return audits.entries(current, order(sortBy), first, Math.min(pageSize, Audits.MAX_PAGE));
  }

  @Override
  public String getRowKey(AccessLogEntry entry) {
    return Long.toString(entry.getSequence());
  }

  /** The table's sort as the log's order; without one, or an unknown one, newest first. */
  static LogOrder order(Map<String, SortMeta> sortBy) {
    for (SortMeta meta : sortBy.values()) {
      LogOrder.Column column = column(meta.getField());
      if (column != null && meta.getOrder() != SortOrder.UNSORTED) {
        return new LogOrder(column, meta.getOrder() == SortOrder.DESCENDING);
      }
    }
    return LogOrder.NEWEST_FIRST;
  }

  private static LogOrder.Column column(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "sequence" -> LogOrder.Column.SEQUENCE;
      case "occurredAt" -> LogOrder.Column.TIME;
      case "username" -> LogOrder.Column.ACTOR;
      case "action" -> LogOrder.Column.ACTION;
      case "recordType" -> LogOrder.Column.RECORD_TYPE;
      case "outcome" -> LogOrder.Column.OUTCOME;
      default -> null;
    };
  }
}
