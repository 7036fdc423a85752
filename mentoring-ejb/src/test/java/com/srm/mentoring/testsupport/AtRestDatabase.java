package com.srm.mentoring.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.srm.mentoring.platform.control.SchemaMigration;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A migrated database of its own on a temporary PostgreSQL, for tests of what values look like at
 * rest: the application's persistence unit, and a superuser who reads every table and its system
 * columns, and writes the rows a test needs around the ones it looks at.
 */
public final class AtRestDatabase implements AutoCloseable {

  private final PostgresServer postgres;
  private final String name;
  private final DataSource superuser;
  private final EntityManagerFactory emf;

  private AtRestDatabase(PostgresServer postgres, String name) {
    this.postgres = postgres;
    this.name = name;
    this.superuser = postgres.superuserDataSource(name);
    this.emf = OutsideContainer.persistenceUnit(postgres.applicationDataSource(name));
  }

  /** Starts PostgreSQL and migrates a new database whose name starts with the prefix. */
  public static AtRestDatabase start(String prefix) {
    PostgresServer postgres = PostgresServer.startTemporary();
    String name = prefix + UUID.randomUUID().toString().substring(0, 8);
    postgres.ensureApplicationDatabase(name);
    SchemaMigration.migrate(postgres.ownerDataSource(name), PostgresServer.USER);
    return new AtRestDatabase(postgres, name);
  }

  public PostgresServer postgres() {
    return postgres;
  }

  public String name() {
    return name;
  }

  public DataSource superuser() {
    return superuser;
  }

  /** The application's persistence unit, as the application's role. */
  public EntityManagerFactory emf() {
    return emf;
  }

  @Override
  public void close() {
    emf.close();
    postgres.close();
  }

  /** A new active person, whose subject starts with the kind. */
  public String person(DataSource db, String kind) throws SQLException {
    String subject = kind + "-" + UUID.randomUUID();
    try (Connection c = db.getConnection()) {
      execute(
          c,
          "INSERT INTO person (subject, username, display_name, active, changed_at)"
              + " VALUES (?, ?, ?, true, now())",
          subject,
          subject,
          subject);
    }
    return subject;
  }

  /** A new running cohort of this year with the threshold k, named with the prefix and its id. */
  public UUID cohort(DataSource db, int k, String prefix) throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection c = db.getConnection()) {
      execute(
          c,
          "INSERT INTO cohort (id, name, starts_on, ends_on, state, anonymity_threshold,"
              + " created_at) VALUES (?, ?, DATE '2026-01-05', DATE '2026-12-30', 'ACTIVE', ?,"
              + " now())",
          id,
          prefix + id,
          k);
    }
    return id;
  }

  /** The keys of the cohort's rows in the table. */
  public Set<String> keys(String table, UUID cohort) throws SQLException {
    return new HashSet<>(strings("SELECT id::text FROM " + table + " WHERE cohort_id = ?", cohort));
  }

  /** The group's rows lie in the order of their keys, deterministically. */
  public void assertInKeyOrder(String table, UUID cohort, String side) throws SQLException {
    String rows = "SELECT id::text FROM " + table + " WHERE cohort_id = ? AND respondent_role = ?";
    List<String> physical = strings(rows + " ORDER BY ctid", cohort, side);
    List<String> byKey = strings(rows + " ORDER BY id", cohort, side);
    assertFalse(physical.isEmpty());
    assertEquals(byKey, physical, table + ": physical order is key order");
  }

  /** Runs the statement as the superuser. */
  public void execute(String sql, Object... values) throws SQLException {
    try (Connection c = superuser.getConnection()) {
      execute(c, sql, values);
    }
  }

  public void execute(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  /** The number the query counts, as the superuser reads it. */
  public long count(String sql, Object... values) throws SQLException {
    return count(superuser, sql, values);
  }

  public long count(DataSource db, String sql, Object... values) throws SQLException {
    return Long.parseLong(strings(db, sql, values).get(0));
  }

  /** The first column of the first row, as the superuser reads it. */
  public String text(String sql, Object... values) throws SQLException {
    return strings(superuser, sql, values).get(0);
  }

  /** The first column of every row, as the superuser reads it. */
  public List<String> strings(String sql, Object... values) throws SQLException {
    return strings(superuser, sql, values);
  }

  public List<String> strings(DataSource db, String sql, Object... values) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.getConnection();
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
