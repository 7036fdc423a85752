package com.srm.mentoring.platform.entity;

/**
 * What every CSV export writes into a cell that comes from what people typed (a cohort's name, a
 * subject): a spreadsheet runs a cell that begins with {@code = + - @}, a tab or a carriage return
 * as a formula, so such a cell gets a leading apostrophe, which spreadsheets show as text and do
 * not run. Opening an export must never run anything.
 */
public final class CsvCell {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvCell() {}

  /** The text, with an apostrophe in front if a spreadsheet would run it. */
  public static String guarded(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /**
   * The text guarded and always quoted (RFC 4180), as the dashboard's and pulse's exports write.
   */
  public static String quoted(String text) {
    return '"' + guarded(text).replace("\"", "\"\"") + '"';
  }
}
