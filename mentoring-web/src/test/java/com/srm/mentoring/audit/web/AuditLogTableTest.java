package com.srm.mentoring.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.srm.mentoring.audit.entity.LogOrder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class AuditLogTableTest {

  @Test
  void withoutASortTheLogIsNewestFirst() {
    assertEquals(LogOrder.NEWEST_FIRST, AuditLogTable.order(Map.of()));
  }

  @Test
  void theTablesSortBecomesTheLogsOrder() {
    assertEquals(
        new LogOrder(LogOrder.Column.ACTOR, false),
        AuditLogTable.order(
            Map.of(
                "username",
                SortMeta.builder().field("username").order(SortOrder.ASCENDING).build())));
    assertEquals(
        new LogOrder(LogOrder.Column.TIME, true),
        AuditLogTable.order(
            Map.of(
                "occurredAt",
                SortMeta.builder().field("occurredAt").order(SortOrder.DESCENDING).build())));
  }

  @Test
  void anUnknownSortFieldLeavesTheLogNewestFirst() {
    assertEquals(
        LogOrder.NEWEST_FIRST,
        AuditLogTable.order(
            Map.of("hash", SortMeta.builder().field("hash").order(SortOrder.ASCENDING).build())));
  }
}
