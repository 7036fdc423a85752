package com.srm.mentoring.platform.boundary;

import com.srm.mentoring.platform.control.SchemaMigration;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Brings the schema up to date, as a step of its own before the servers start: the one place that
 * logs in as the schema's owner. It reads the settings the application reads, as system properties
 * ({@code -Dmentoring.db.host=…}) or environment variables ({@code MENTORING_DB_HOST=…}), plus the
 * owner's login ({@code mentoring.db.migration-user}, {@code mentoring.db.migration-password}),
 * applies what is pending, hands the application's role ({@code mentoring.db.user}) its rights, and
 * exits with 0 when the schema is current, 1 when a migration failed and 2 when it could not start.
 */
public final class MigrateSchema {

  private MigrateSchema() {}

  public static void main(String[] args) {
    System.exit(run(MigrateSchema::setting, System.out, System.err));
  }

  public static int run(UnaryOperator<String> settings, PrintStream out, PrintStream err) {
    String owner = settings.apply("mentoring.db.migration-user");
    String password = settings.apply("mentoring.db.migration-password");
    if (owner == null || owner.isBlank() || password == null) {
      err.println(
          "The schema was not migrated: set mentoring.db.migration-user and"
              + " mentoring.db.migration-password (MENTORING_DB_MIGRATION_USER,"
              + " MENTORING_DB_MIGRATION_PASSWORD) to the role that owns the schema");
      return 2;
    }
    PGSimpleDataSource db = new PGSimpleDataSource();
    db.setServerNames(new String[] {orDefault(settings, "mentoring.db.host", "127.0.0.1")});
    try {
      db.setPortNumbers(
          new int[] {Integer.parseInt(orDefault(settings, "mentoring.db.port", "5432"))});
    } catch (NumberFormatException notANumber) {
      err.println("The schema was not migrated: mentoring.db.port is not a port number");
      return 2;
    }
    db.setDatabaseName(orDefault(settings, "mentoring.db.name", "mentoring"));
    db.setUser(owner);
    db.setPassword(password);
    db.setApplicationName("safe-reverse-mentoring-migration");
    db.setConnectTimeout(10);
    String runtimeRole = orDefault(settings, "mentoring.db.user", "mentoring");
    try {
      int applied = SchemaMigration.migrate(db, runtimeRole);
      out.println(
          "{\"ok\":true,\"applied\":" + applied + ",\"runtimeRole\":\"" + runtimeRole + "\"}");
      return 0;
    } catch (FlywayException | IllegalStateException e) {
      err.println("The schema was not migrated: " + e.getMessage());
      return 1;
    }
  }

  private static String orDefault(UnaryOperator<String> settings, String key, String fallback) {
    String value = settings.apply(key);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** A system property, or else the environment variable MicroProfile Config would read for it. */
  private static String setting(String key) {
    String property = System.getProperty(key);
    if (property != null) {
      return property;
    }
    return System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
  }
}
