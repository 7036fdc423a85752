package com.srm.mentoring.pulse.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.srm.mentoring.pulse.entity.RespondentRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a superuser reads of the pulse tables, system columns included. */
final class AnswersAtRest {

  private AnswersAtRest() {}

  /** The group's rows lie in the order of their keys: the physical order is the key order. */
  static void assertKeyOrder(String table, UUID cohort, RespondentRole role) throws SQLException {
    String rows = "SELECT id::text FROM " + table + " WHERE cohort_id = ? AND respondent_role = ?";
    List<String> physical = strings(rows + " ORDER BY ctid", cohort, role.name());
    assertFalse(physical.isEmpty(), table + " has rows of " + role);
    assertEquals(
        strings(rows + " ORDER BY id", cohort, role.name()),
        physical,
        table + " " + role + ": physical order is key order");
  }

  /** The distinct transaction ids that wrote the group's rows. */
  static List<String> xmins(String table, UUID cohort, RespondentRole role) throws SQLException {
    return strings(
        "SELECT DISTINCT xmin::text FROM " + table + " WHERE cohort_id = ? AND respondent_role = ?",
        cohort,
        role.name());
  }

  /** How many participation rows share a transaction with a row of the cohort in the table. */
  static long sharingATransaction(String table, UUID cohort) throws SQLException {
    return PulseProgram.count(
        "SELECT count(*) FROM pulse_participation p JOIN "
            + table
            + " t ON t.xmin = p.xmin WHERE t.cohort_id = ?",
        cohort);
  }

  /** The table's columns whose type holds a time, or whose name says week. */
  static List<String> timeColumns(String table) throws SQLException {
    return strings(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
            + " AND (data_type ~ '(date|time|interval)' OR column_name ~ '(week|_at$|_on$)')"
            + " ORDER BY column_name",
        table);
  }

  static List<String> strings(String sql, Object... values) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = PulseProgram.database().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(r.getString(1));
        }
      }
    }
    return rows;
  }
}
