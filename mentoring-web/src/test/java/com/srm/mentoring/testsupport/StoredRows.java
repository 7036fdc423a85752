package com.srm.mentoring.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
}
