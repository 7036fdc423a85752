package com.srm.mentoring.platform.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Brings the schema up to date with Flyway before Hibernate validates it.
 *
 * <p>The container builds the persistence unit while it deploys the application, before any startup
 * bean runs, and Hibernate validates the schema right then ({@code
 * hibernate.hbm2ddl.auto=validate}). A Hibernate integrator is the one hook that runs inside that
 * bootstrap and before the validation. So the migrations run exactly once per deployment, on every
 * server, and a schema that does not match the entities stops the deployment instead of failing at
 * the first request.
 *
 * <p>Migrations run as the role that owns the schema ({@code mentoring.db.migration-user}); the
 * data source the application works with logs in as a role that owns nothing. After every migration
 * the owner hands that role its rights ({@code db/grants/afterMigrate.sql}): everything on ordinary
 * tables, only reading and adding on the append-only ones. So the application cannot turn off the
 * append-only triggers, nor change or remove what they guard. Without a migration user, one role
 * owns the schema and runs the application, as before.
 */
public class SchemaMigration implements Integrator {

  static final String MIGRATIONS = "classpath:db/migration";

  static final String GRANTS = "classpath:db/grants";

  /**
   * A Hibernate setting holding a {@link DataSource} to migrate with, for the persistence unit run
   * outside a server; in a server the migration user comes from MicroProfile Config.
   */
  public static final String MIGRATION_DATA_SOURCE = "mentoring.db.migration-data-source";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource application =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    String runtimeRole = roleOf(application);
    Object given =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConfigurationService.class)
            .getSettings()
            .get(MIGRATION_DATA_SOURCE);
    if (given instanceof DataSource owner) {
      migrate(owner, runtimeRole);
      return;
    }
    Optional<FluentConfiguration> owner = ownerLogin(runtimeRole);
    if (owner.isPresent()) {
      run(owner.get());
    } else {
      LOG.warning(
          "mentoring.db.migration-user is not set: the application's own role owns the schema and"
              + " could lift the access log's protection; see docs/operations.md.");
      migrate(application, runtimeRole);
    }
  }

  /**
   * Applies every pending migration as the role {@code owner} logs in as, hands {@code runtimeRole}
   * its rights, and answers how many migrations it applied.
   */
  public static int migrate(DataSource owner, String runtimeRole) {
    return run(flyway(runtimeRole).dataSource(owner));
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

  /** The owner's login from MicroProfile Config, when a migration user is configured. */
  private static Optional<FluentConfiguration> ownerLogin(String runtimeRole) {
    Config config;
    try {
      config = ConfigProvider.getConfig(SchemaMigration.class.getClassLoader());
    } catch (IllegalStateException noConfigOutsideAServer) {
      return Optional.empty();
    }
    return config
        .getOptionalValue("mentoring.db.migration-user", String.class)
        .filter(user -> !user.isBlank())
        .map(
            user ->
                flyway(runtimeRole)
                    .dataSource(
                        "jdbc:postgresql://"
                            + value(config, "mentoring.db.host", "127.0.0.1")
                            + ":"
                            + value(config, "mentoring.db.port", "5432")
                            + "/"
                            + value(config, "mentoring.db.name", "mentoring")
                            + "?ApplicationName=safe-reverse-mentoring-migration",
                        user,
                        value(config, "mentoring.db.migration-password", "")));
  }

  private static String value(Config config, String key, String fallback) {
    return config.getOptionalValue(key, String.class).orElse(fallback);
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
