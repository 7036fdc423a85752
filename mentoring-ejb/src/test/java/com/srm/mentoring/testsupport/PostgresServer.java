package com.srm.mentoring.testsupport;

import com.srm.mentoring.platform.control.SchemaMigration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server from the binaries Maven ships, bound to 127.0.0.1.
 *
 * <p>Two roles, as in production: {@value #OWNER} owns the database {@value #DATABASE} and runs the
 * migrations; the application connects as {@value #USER}, which owns nothing and may only read and
 * add to the append-only tables. The superuser is only for set-up and for tests that must reach
 * past the application's rights. The server can be stopped and started again on the same port and
 * data, to test how the application behaves during an outage.
 */
public final class PostgresServer implements AutoCloseable {

  public static final String DATABASE = "mentoring";
  public static final String USER = "mentoring";
  public static final String PASSWORD = "mentoring";
  public static final String OWNER = "mentoring_owner";
  public static final String OWNER_PASSWORD = "mentoring_owner";

  private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

  /** Migrated once per start and copied for each new database {@link #migratedDatabase} makes. */
  private static final String MIGRATED_TEMPLATE = "migrated_template";

  private final Path dataDirectory;
  private int port;
  private boolean templateMigrated;
  private EmbeddedPostgres postgres;

  private PostgresServer(Path dataDirectory, int port) {
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  /**
   * Starts a server keeping its data in {@code dataDirectory} (created on first use, kept across
   * restarts) on {@code port}, or on a free port when {@code port} is 0.
   */
  public static PostgresServer start(Path dataDirectory, int port) {
    PostgresServer server = new PostgresServer(dataDirectory, port);
    server.start();
    server.ensureApplicationDatabase(DATABASE);
    return server;
  }

  /** A throw-away server on a free port, its data under {@code target/}. */
  public static PostgresServer startTemporary() {
    try {
      Files.createDirectories(Path.of("target"));
      return start(Files.createTempDirectory(Path.of("target"), "postgres-"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized void start() {
    if (postgres != null) {
      return;
    }
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "200")
              // kept by some installations for replication tools: the tests that read the
              // database as its administrators would see commit times too
              .setServerConfig("track_commit_timestamp", "on");
      if (port > 0) {
        builder.setPort(port);
      }
      postgres = builder.start();
      port = postgres.getPort();
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
    }
  }

  /** Stops the server; data stays for the next {@link #start()}. */
  public synchronized void stop() {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      postgres = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * Creates, if missing, the owner and the application roles and a database the owner owns; answers
   * a data source that connects to it as the application. A database the application's role owned,
   * as data kept from before the roles were split, passes to the owner with everything in it.
   */
  public DataSource ensureApplicationDatabase(String database) {
    if (!SAFE_NAME.matcher(database).matches()) {
      throw new IllegalArgumentException("not a plain database name: " + database);
    }
    boolean ownedByApplication;
    try (Connection c = superuserDataSource("postgres").getConnection();
        Statement s = c.createStatement()) {
      if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", OWNER)) {
        s.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + OWNER_PASSWORD + "'");
      }
      if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", USER)) {
        s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
      }
      if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
        s.execute("CREATE DATABASE " + database + " OWNER " + OWNER);
      }
      ownedByApplication =
          exists(
              c,
              "SELECT 1 FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba"
                  + " WHERE r.rolname = '"
                  + USER
                  + "' AND d.datname = ?",
              database);
    } catch (SQLException e) {
      throw new IllegalStateException("could not prepare database " + database, e);
    }
    if (ownedByApplication) {
      try (Connection c = superuserDataSource(database).getConnection();
          Statement s = c.createStatement()) {
        s.execute("REASSIGN OWNED BY " + USER + " TO " + OWNER);
      } catch (SQLException e) {
        throw new IllegalStateException("could not hand " + database + " to " + OWNER, e);
      }
    }
    return applicationDataSource(database);
  }

  /**
   * Prepares a database as {@link #ensureApplicationDatabase} does and migrates it as the owner;
   * answers a data source that connects as the application.
   */
  public DataSource migratedDatabase(String database) {
    if (!SAFE_NAME.matcher(database).matches()) {
      throw new IllegalArgumentException("not a plain database name: " + database);
    }
    if (!databaseExists(database)) {
      copyMigratedTemplate(database);
    }
    DataSource application = ensureApplicationDatabase(database);
    // a database kept from an earlier run, or the copy: either is brought to the current schema
    SchemaMigration.migrate(ownerDataSource(database), USER);
    return application;
  }

  /**
   * Creates {@code database} as a copy of a database migrated once per server start: PostgreSQL
   * copies a template's files in a fraction of the time the migrations take to run again, and tests
   * that each want a fresh schema create dozens of them.
   */
  private synchronized void copyMigratedTemplate(String database) {
    if (!templateMigrated) {
      ensureApplicationDatabase(MIGRATED_TEMPLATE);
      SchemaMigration.migrate(ownerDataSource(MIGRATED_TEMPLATE), USER);
      templateMigrated = true;
    }
    try (Connection c = superuserDataSource("postgres").getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE DATABASE " + database + " TEMPLATE " + MIGRATED_TEMPLATE + " OWNER " + OWNER);
    } catch (SQLException e) {
      throw new IllegalStateException("could not copy the migrated schema to " + database, e);
    }
  }

  private boolean databaseExists(String database) {
    try (Connection c = superuserDataSource("postgres").getConnection()) {
      return exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", database);
    } catch (SQLException e) {
      throw new IllegalStateException("could not look for database " + database, e);
    }
  }

  public DataSource applicationDataSource(String database) {
    return dataSource(database, USER, PASSWORD);
  }

  /** As the role that owns the schema and runs the migrations. */
  public DataSource ownerDataSource(String database) {
    return dataSource(database, OWNER, OWNER_PASSWORD);
  }

  public DataSource superuserDataSource(String database) {
    return dataSource(database, "postgres", "postgres");
  }

  /**
   * The settings the application reads through MicroProfile Config to reach this server: the
   * application's role only; the owner's login is the migration step's ({@link #ownerSettings}).
   */
  public Map<String, String> applicationSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("mentoring.db.host", "127.0.0.1");
    settings.put("mentoring.db.port", String.valueOf(port));
    settings.put("mentoring.db.name", DATABASE);
    settings.put("mentoring.db.user", USER);
    settings.put("mentoring.db.password", PASSWORD);
    return settings;
  }

  /** The settings the migration command reads besides {@link #applicationSettings}. */
  public Map<String, String> ownerSettings() {
    Map<String, String> settings = new LinkedHashMap<>(applicationSettings());
    settings.put("mentoring.db.migration-user", OWNER);
    settings.put("mentoring.db.migration-password", OWNER_PASSWORD);
    return settings;
  }

  private DataSource dataSource(String database, String user, String password) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"127.0.0.1"});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName(database);
    ds.setUser(user);
    ds.setPassword(password);
    ds.setConnectTimeout(5);
    return ds;
  }

  private static boolean exists(Connection c, String sql, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
