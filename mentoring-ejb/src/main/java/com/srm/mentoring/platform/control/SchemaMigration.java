package com.srm.mentoring.platform.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * The schema's migrations, and the check that the application starts only on a schema that is up to
 * date.
 *
 * <p>Migrations run as a step of their own, as the role that owns the schema ({@link #COMMAND});
 * the running server never holds that role's credentials, so whoever takes over the server cannot
 * turn off the append-only triggers, nor grant itself what they guard. After every migration the
 * owner hands the application's role its rights ({@code db/grants/afterMigrate.sql}): everything on
 * ordinary tables, only reading and adding on the append-only ones.
 *
 * <p>The container builds the persistence unit while it deploys the application, before any startup
 * bean runs, and Hibernate validates the schema right then ({@code
 * hibernate.hbm2ddl.auto=validate}). A Hibernate integrator is the one hook that runs inside that
 * bootstrap and before the validation: here the deployment settings are checked before the database
 * is touched ({@link DeploymentSettings}), and a schema behind this release stops the deployment
 * with the command that brings it up to date, instead of a validation error about a column.
 */
public class SchemaMigration implements Integrator {

  /** How an operator runs the migrations; see docs/operations.md. */
  public static final String COMMAND = "mvn -q -Pmigrate-schema -pl mentoring-ejb process-classes";

  static final String MIGRATIONS = "classpath:db/migration";

  static final String GRANTS = "classpath:db/grants";

  /**
   * A Hibernate setting holding a {@link DataSource} to migrate with first, for the persistence
   * unit run outside a server by the tests; a server never migrates.
   */
  public static final String MIGRATION_DATA_SOURCE = "mentoring.db.migration-data-source";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    serverSettings()
        .ifPresent(
            config -> {
              java.util.List<String> demo =
                  DeploymentSettings.check(
                      key -> config.getOptionalValue(key, String.class).orElse(null));
              if (!demo.isEmpty()) {
                LOG.warning(
                    () -> "Dev run: using the demo secrets the product ships with for " + demo);
              }
              // a malformed content key stops the deployment here, not at the first page that
              // reads a concern
              ContentCipher.keys();
            });
    DataSource application =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    String runtimeRole = roleOf(application);
    boolean outsideTheDevRun =
        serverSettings()
            .map(
                config -> !config.getOptionalValue(ShippedSecrets.DEV, Boolean.class).orElse(false))
            .orElse(false);
    if (outsideTheDevRun) {
      requireRestrictedRole(application);
    }
    Object given =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConfigurationService.class)
            .getSettings()
            .get(MIGRATION_DATA_SOURCE);
    if (given instanceof DataSource owner) {
      migrate(owner, runtimeRole);
    }
    requireCurrent(application, runtimeRole);
  }

  /**
   * Applies every pending migration as the role {@code owner} logs in as, hands {@code runtimeRole}
   * its rights, and answers how many migrations it applied.
   */
  public static int migrate(DataSource owner, String runtimeRole) {
    return run(flyway(runtimeRole).dataSource(owner));
  }

  /**
   * Stops the deployment while migrations of this release have not been applied, naming them and
   * the command that applies them. Reads the migration history as the application's role.
   *
   * @throws IllegalStateException when the schema is behind this release
   */
  public static void requireCurrent(DataSource application, String runtimeRole) {
    MigrationInfo[] pending = flyway(runtimeRole).dataSource(application).load().info().pending();
    if (pending.length > 0) {
      throw new IllegalStateException(
          "The database schema is behind this release: "
              + pending.length
              + " migration(s) to apply ("
              + Arrays.stream(pending)
                  .map(m -> "V" + m.getVersion() + " " + m.getDescription())
                  .collect(Collectors.joining(", "))
              + "). Run them as the schema owner first: "
              + COMMAND
              + " with MENTORING_DB_MIGRATION_USER and MENTORING_DB_MIGRATION_PASSWORD set"
              + " (docs/operations.md), then start the server again.");
    }
  }

  /**
   * Stops the deployment when the server logs in as a role that could change the schema or undo the
   * access log's protection: a superuser, or a role that owns the schema's tables or may act as
   * their owner. Only the migration step runs as the owner; the append-only triggers hold against
   * the server's own role only because it owns nothing.
   *
   * @throws IllegalStateException naming the setting, when the role is not a restricted one
   */
  public static void requireRestrictedRole(DataSource application) {
    try (Connection c = application.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT current_user, r.rolsuper, EXISTS (SELECT 1 FROM pg_class t"
                    + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                    + " WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p')"
                    + " AND pg_has_role(current_user, t.relowner, 'MEMBER'))"
                    + " FROM pg_roles r WHERE r.rolname = current_user")) {
      rs.next();
      String role = rs.getString(1);
      if (rs.getBoolean(2) || rs.getBoolean(3)) {
        throw new IllegalStateException(
            "Refusing to start: the server logs in to the database as "
                + role
                + ", which "
                + (rs.getBoolean(2) ? "is a superuser" : "owns the schema or may act as its owner")
                + ". Set mentoring.db.user to the application's own role, which owns nothing;"
                + " only the migration step logs in as the owner (docs/operations.md).");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the database cannot be reached: " + e.getMessage(), e);
    }
  }

  /** The migrations as Flyway runs them, without a data source yet. */
  public static FluentConfiguration flyway(String runtimeRole) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .locations(MIGRATIONS, GRANTS)
        .failOnMissingLocations(true)
        .placeholders(Map.of("runtime_role", runtimeRole));
  }

  private static int run(FluentConfiguration configuration) {
    MigrateResult result = configuration.load().migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + ", "
                + result.migrationsExecuted
                + " migration(s) applied");
    return result.migrationsExecuted;
  }

  /** The server's configuration; none when the persistence unit runs outside a server. */
  private static Optional<Config> serverSettings() {
    try {
      return Optional.of(ConfigProvider.getConfig(SchemaMigration.class.getClassLoader()));
    } catch (IllegalStateException noConfigOutsideAServer) {
      return Optional.empty();
    }
  }

  /** The role a data source logs in as. */
  static String roleOf(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_user")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("the database cannot be reached: " + e.getMessage(), e);
    }
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory,
      org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to release: Flyway holds no resources after migrate()
  }
}
