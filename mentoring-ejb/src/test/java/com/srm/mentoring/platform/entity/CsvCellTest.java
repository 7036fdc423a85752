package com.srm.mentoring.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellTest {

  @Test
  void aCellASpreadsheetWouldRunIsShownAsText() {
    for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
      assertEquals("'" + formula, CsvCell.guarded(formula), formula);
    }
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvCell.quoted("=HYPERLINK(\"http://x\")"));
  }

  @Test
  void ordinaryTextStaysAsItIs() {
    assertEquals("Pilot cohort", CsvCell.guarded("Pilot cohort"));
    assertEquals("", CsvCell.guarded(""));
    assertEquals("\"Say \"\"hi\"\", 2\"", CsvCell.quoted("Say \"hi\", 2"));
  }
}
