package com.srm.mentoring.platform.control;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Brings the schema up to date with Flyway before Hibernate validates it.
 *
 * <p>The container builds the persistence unit while it deploys the application, before any startup
 * bean runs, and Hibernate validates the schema right then ({@code
 * hibernate.hbm2ddl.auto=validate}). A Hibernate integrator is the one hook that runs inside that
 * bootstrap and before the validation, on the very data source the persistence unit uses. So the
 * migrations run exactly once per deployment, on every server, and a schema that does not match the
 * entities stops the deployment instead of failing at the first request.
 */
public class SchemaMigration implements Integrator {

  static final String MIGRATIONS = "classpath:db/migration";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    migrate(dataSource);
  }

  /** Applies every pending migration and answers how many it applied. */
  public static int migrate(DataSource dataSource) {
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(MIGRATIONS)
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + ", "
                + result.migrationsExecuted
                + " migration(s) applied");
    return result.migrationsExecuted;
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory,
      org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to release: Flyway holds no resources after migrate()
  }
}
