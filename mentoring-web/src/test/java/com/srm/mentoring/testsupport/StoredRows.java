package com.srm.mentoring.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The shared test database as its people reach it, beside the application: the schema owner who
 * changes rows, and a superuser who reads what is stored.
 */
public final class StoredRows {

  private StoredRows() {}

  /** Runs a change as the schema's owner, {@code values} bound in order. */
  public static void asOwner(String sql, Object... values) throws SQLException {
    try (Connection c =
            IntegrationEnvironment.postgres()
                .ownerDataSource(PostgresServer.DATABASE)
                .getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  /** The text a superuser reads in the one row {@code sql} finds for {@code id}. */
  public static String text(String sql, UUID id) throws SQLException {
    try (Connection c =
            IntegrationEnvironment.postgres()
                .superuserDataSource(PostgresServer.DATABASE)
                .getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, id);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), sql);
        return r.getString(1);
      }
    }
  }

  /**
   * A word nobody else writes, to look for in the stored rows; lower case, as topics and usernames
   * are kept.
   */
  public static String canary(String kind) {
    return kind + "cnry" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** The tables of the application's schema. */
  public static List<String> tables() throws SQLException {
    try (Connection c = superuser()) {
      return tables(c);
    }
  }

  /**
   * Reads every row of every table of the schema as text (bytea as hex), as a backup would, and
   * answers "table: word" for each word found.
   */
  public static List<String> tablesContaining(List<String> words) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection c = superuser()) {
      List<String> tables = tables(c);
      c.setAutoCommit(false);
      for (String table : tables) {
        try (Statement s = c.createStatement()) {
          s.setFetchSize(1000);
          try (ResultSet r = s.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
            while (r.next()) {
              String row = r.getString(1);
              for (String word : words) {
                if (row.contains(word)) {
                  found.add(table + ": " + word);
                }
              }
            }
          }
        }
      }
      c.commit();
    }
    return found;
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    return tables;
  }

  private static Connection superuser() throws SQLException {
    return IntegrationEnvironment.postgres()
        .superuserDataSource(PostgresServer.DATABASE)
        .getConnection();
  }
}
