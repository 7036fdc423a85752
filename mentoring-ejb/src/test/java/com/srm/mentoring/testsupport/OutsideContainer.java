package com.srm.mentoring.testsupport;

import com.srm.mentoring.platform.control.SchemaMigration;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** The application's JTA persistence unit, run as a plain resource-local one on a data source. */
public final class OutsideContainer {

  private OutsideContainer() {}

  /** On a database migrated already; the application's role only checks the schema is current. */
  public static EntityManagerFactory persistenceUnit(DataSource db) {
    return Persistence.createEntityManagerFactory("mentoring", settings(db));
  }

  /** Migrates as {@code owner} first, as a server does with its migration user. */
  public static EntityManagerFactory persistenceUnit(DataSource db, DataSource owner) {
    Map<String, Object> settings = settings(db);
    settings.put(SchemaMigration.MIGRATION_DATA_SOURCE, owner);
    return Persistence.createEntityManagerFactory("mentoring", settings);
  }

  public static Map<String, Object> settings(DataSource db) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    settings.put("jakarta.persistence.jtaDataSource", db);
    settings.put("jakarta.persistence.nonJtaDataSource", db);
    settings.put("jakarta.persistence.validation.mode", "NONE");
    settings.put(
        "hibernate.transaction.jta.platform",
        "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
    return settings;
  }
}
