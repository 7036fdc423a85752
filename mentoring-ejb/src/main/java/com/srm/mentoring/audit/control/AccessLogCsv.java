package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.platform.entity.CsvCell;
import java.io.IOException;
import java.io.Writer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Writes access log entries as CSV (RFC 4180). A cell that a spreadsheet would run as a formula is
 * quoted with a leading apostrophe, so that opening an export cannot run anything.
 */
public final class AccessLogCsv {

  private static final String[] COLUMNS = {
    "sequence",
    "occurred_at",
    "subject",
    "username",
    "action",
    "record_type",
    "record_id",
    "outcome",
    "client_ip",
    "request_id",
    "forwarded_request_id",
    "record_ids",
    "hash"
  };

  private final Writer out;

  public AccessLogCsv(Writer out) {
    this.out = out;
  }

  public void header() throws IOException {
    out.write(String.join(",", COLUMNS));
    out.write("\r\n");
  }

  public void row(AccessLogEntry entry) throws IOException {
    String[] cells = {
      String.valueOf(entry.getSequence()),
      entry.getOccurredAt().toString(),
      entry.getSubject(),
      entry.getUsername(),
      entry.getAction(),
      entry.getRecordType(),
      entry.getRecordId(),
      entry.getOutcome().name().toLowerCase(Locale.ROOT),
      entry.getClientIp(),
      entry.getRequestId(),
      entry.getForwardedRequestId(),
      entry.getRecordIds() == null ? null : String.join(" ", entry.getRecordIds()),
      HexFormat.of().formatHex(entry.getHash())
    };
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells[i]));
    }
    out.write("\r\n");
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = CsvCell.guarded(value);
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }
}
