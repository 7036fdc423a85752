package com.srm.mentoring.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.testsupport.OutsideContainer;
import com.srm.mentoring.testsupport.PostgresServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Flyway's migrations against an empty real PostgreSQL, checked by Hibernate's validation. */
class SchemaMigrationIT {

  static PostgresServer postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = PostgresServer.startTemporary();
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  static DataSource emptyDatabase() {
    return postgres.ensureApplicationDatabase("m" + UUID.randomUUID().toString().substring(0, 8));
  }

  @Test
  void everyMigrationAppliesToAnEmptyDatabaseAndOnlyOnce() throws Exception {
    DataSource db = emptyDatabase();
    long files;
    try (var listing = Files.list(Path.of("src/main/resources/db/migration"))) {
      files = listing.filter(p -> p.toString().endsWith(".sql")).count();
    }
    assertEquals(files, SchemaMigration.migrate(db));
    assertEquals(0, SchemaMigration.migrate(db));
  }

  @Test
  void hibernateValidatesTheMigratedSchemaAndPersists() {
    DataSource db = emptyDatabase();
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(db);
    try {
      EntityManager em = emf.createEntityManager();
      em.getTransaction().begin();
      Cohort cohort = new Cohort("Pilot", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 4, 30));
      em.persist(cohort);
      em.getTransaction().commit();
      em.clear();
      Cohort read = em.find(Cohort.class, cohort.getId());
      assertEquals("Pilot", read.getName());
      assertEquals(LocalDate.of(2027, 4, 30), read.getEndsOn());
      em.close();
    } finally {
      emf.close();
    }
  }

  @Test
  void validationRejectsASchemaThatDriftedFromTheEntities() throws SQLException {
    DataSource db = emptyDatabase();
    SchemaMigration.migrate(db);
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE cohort DROP COLUMN anonymity_threshold");
    }
    var e =
        assertThrows(
            PersistenceException.class, () -> OutsideContainer.persistenceUnit(db).close());
    assertTrue(rootMessage(e).contains("anonymity_threshold"), rootMessage(e));
  }

  @Test
  void databaseRefusesAThresholdBelowThree() throws SQLException {
    DataSource db = emptyDatabase();
    SchemaMigration.migrate(db);
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      var e =
          assertThrows(
              SQLException.class,
              () ->
                  s.execute(
                      "INSERT INTO cohort (id, name, starts_on, ends_on, state,"
                          + " anonymity_threshold, created_at) VALUES (gen_random_uuid(), 'x',"
                          + " DATE '2027-01-01', DATE '2027-02-01', 'DRAFT', 2, now())"));
      assertEquals("23514", e.getSQLState(), "check constraint violation expected");
    }
  }

  static String rootMessage(Throwable t) {
    StringBuilder all = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      all.append(c.getMessage()).append(" | ");
    }
    return all.toString();
  }
}
