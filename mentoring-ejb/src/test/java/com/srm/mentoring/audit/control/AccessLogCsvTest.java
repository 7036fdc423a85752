package com.srm.mentoring.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccessLogCsvTest {

  @Test
  void plainValuesStayAsTheyAre() {
    assertEquals("jun", AccessLogCsv.cell("jun"));
    assertEquals("", AccessLogCsv.cell(null));
  }

  @Test
  void separatorsAndQuotesAreQuoted() {
    assertEquals("\"a,b\"", AccessLogCsv.cell("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", AccessLogCsv.cell("say \"hi\""));
  }

  @Test
  void aCellASpreadsheetWouldRunIsDefused() {
    assertEquals("'=HYPERLINK(1)", AccessLogCsv.cell("=HYPERLINK(1)"));
    assertEquals("'+1", AccessLogCsv.cell("+1"));
    assertEquals("'@sum", AccessLogCsv.cell("@sum"));
    assertEquals("\"'-1,2\"", AccessLogCsv.cell("-1,2"));
  }
}
