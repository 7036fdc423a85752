package com.srm.mentoring.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.Refusal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogFilterTest {

  @Test
  void blankValuesDoNotFilter() {
    assertEquals(LogFilter.NONE, LogFilter.parse(" ", "", null, "", null, " ", ""));
  }

  @Test
  void valuesAreReadAsTheLogStoresThem() {
    LogFilter filter =
        LogFilter.parse(
            " jun ",
            "signature",
            "42",
            "read",
            "Denied",
            "2026-11-27T08:00:00Z",
            "2026-11-28T08:00");
    assertEquals("jun", filter.actor());
    assertEquals(Outcome.DENIED, filter.outcome());
    assertEquals(Instant.parse("2026-11-27T08:00:00Z"), filter.from());
    assertEquals(Instant.parse("2026-11-28T08:00:00Z"), filter.to(), "no zone means UTC");
  }

  @Test
  void wrongValuesAreRefusedNamingTheField() {
    assertField("action", () -> LogFilter.parse(null, null, null, "smash", null, null, null));
    assertField("actor", () -> LogFilter.parse("ju\u0000n", null, null, null, null, null, null));
    assertField("recordId", () -> LogFilter.parse(null, null, "4\u001b2", null, null, null, null));
    assertField("outcome", () -> LogFilter.parse(null, null, null, null, "maybe", null, null));
    assertField("from", () -> LogFilter.parse(null, null, null, null, null, "yesterday", null));
    assertField("to", () -> LogFilter.parse(null, null, null, null, null, null, "2026-13-01"));
    assertField(
        "from",
        () ->
            LogFilter.parse(
                null, null, null, null, null, "2026-11-28T00:00:00Z", "2026-11-27T00:00:00Z"));
    assertField("cursor", () -> LogFilter.cursor("abc"));
    assertField("cursor", () -> LogFilter.cursor("0"));
  }

  @Test
  void aLongWrongValueIsShownShort() {
    Refusal refused =
        assertThrows(
            Refusal.class,
            () -> LogFilter.parse(null, null, null, "x".repeat(500), null, null, null));
    assertTrue(refused.getMessage().length() < 200, refused.getMessage());
  }

  @Test
  void noCursorMeansTheNewestPage() {
    assertNull(LogFilter.cursor(null));
    assertEquals(17L, LogFilter.cursor("17"));
  }

  static void assertField(String field, Runnable parse) {
    Refusal refused = assertThrows(Refusal.class, parse::run);
    assertTrue(refused.getMessage().startsWith(field + ":"), refused.getMessage());
  }
}
