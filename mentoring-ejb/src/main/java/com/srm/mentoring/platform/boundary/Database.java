package com.srm.mentoring.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The application's PostgreSQL database.
 *
 * <p>The data source is defined by the application itself, so that the same archive runs on Payara
 * Micro and on Payara Server without server-side set-up. Its settings are resolved by Payara from
 * MicroProfile Config when the application is deployed: system properties or environment variables
 * ({@code MENTORING_DB_HOST} for {@code mentoring.db.host}, and so on). The values after the colon
 * are the defaults.
 *
 * <p>It logs in as the application's role ({@code mentoring.db.user}), which owns no table and may
 * only read and add to the append-only ones; the migrations log in as the owner on their own (see
 * {@link com.srm.mentoring.platform.control.SchemaMigration}).
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    user = "${MPCONFIG=mentoring.db.user:mentoring}",
    password = "${MPCONFIG=mentoring.db.password:}",
    properties = {
      "serverName=${MPCONFIG=mentoring.db.host:127.0.0.1}",
      "portNumber=${MPCONFIG=mentoring.db.port:5432}",
      "databaseName=${MPCONFIG=mentoring.db.name:mentoring}",
      // fail fast when PostgreSQL is gone, so that pages can say so instead of hanging
      "connectTimeout=3",
      "socketTimeout=30",
      "ApplicationName=safe-reverse-mentoring",
      // drop pooled connections that died with a database restart
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@Stateless
public class Database {

  /** Where the data source lives; visible to every module of the application. */
  public static final String JNDI_NAME = "java:app/jdbc/mentoring";

  private static final Logger LOG = Logger.getLogger(Database.class.getName());
  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = JNDI_NAME)
  DataSource dataSource;

  /**
   * Whether a connection can be had and answers. Runs outside a transaction: a readiness probe must
   * not enlist resources, and it must answer quickly when the database is down.
   */
  @PermitAll // the readiness probe asks with nobody signed in, and learns only up or down
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean isReachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Database not reachable: {0}", e.getMessage());
      return false;
    }
  }
}
