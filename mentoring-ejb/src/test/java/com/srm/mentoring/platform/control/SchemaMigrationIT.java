package com.srm.mentoring.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.platform.boundary.MigrateSchema;
import com.srm.mentoring.testsupport.OutsideContainer;
import com.srm.mentoring.testsupport.PostgresServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Flyway's migrations against an empty real PostgreSQL, checked by Hibernate's validation. */
class SchemaMigrationIT {

  /** The tables whose rows are evidence: read and added to, never changed or removed. */
  static final List<String> APPEND_ONLY =
      List.of("access_log", "access_log_seal", "charter_signature", "program_withdrawal");

  static PostgresServer postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = PostgresServer.startTemporary();
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  static String emptyDatabase() {
    String name = "m" + UUID.randomUUID().toString().substring(0, 8);
    postgres.ensureApplicationDatabase(name);
    return name;
  }

  static int migrate(String db) {
    return SchemaMigration.migrate(postgres.ownerDataSource(db), PostgresServer.USER);
  }

  @Test
  void everyMigrationAppliesToAnEmptyDatabaseAndOnlyOnce() throws Exception {
    String db = emptyDatabase();
    long files;
    try (var listing = Files.list(Path.of("src/main/resources/db/migration"))) {
      files = listing.filter(p -> p.toString().endsWith(".sql")).count();
    }
    assertEquals(files, migrate(db));
    assertEquals(0, migrate(db));
  }

  @Test
  void hibernateValidatesTheMigratedSchemaAndPersists() {
    String db = emptyDatabase();
    EntityManagerFactory emf =
        OutsideContainer.persistenceUnit(
            postgres.applicationDataSource(db), postgres.ownerDataSource(db));
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
  void theApplicationStartsOnlyOnACurrentSchemaAndNamesTheCommandOtherwise() throws SQLException {
    String db = emptyDatabase();
    var empty =
        assertThrows(
            PersistenceException.class,
            () -> OutsideContainer.persistenceUnit(postgres.applicationDataSource(db)).close());
    assertTrue(rootMessage(empty).contains("behind this release"), rootMessage(empty));
    assertTrue(rootMessage(empty).contains(SchemaMigration.COMMAND), rootMessage(empty));
    migrate(db);
    String newest;
    try (Connection c = postgres.ownerDataSource(db).getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "DELETE FROM flyway_schema_history WHERE installed_rank ="
                    + " (SELECT max(installed_rank) FROM flyway_schema_history WHERE version IS"
                    + " NOT NULL) RETURNING version")) {
      rs.next();
      newest = rs.getString(1);
    }
    var behind =
        assertThrows(
            PersistenceException.class,
            () -> OutsideContainer.persistenceUnit(postgres.applicationDataSource(db)).close());
    assertTrue(
        rootMessage(behind).contains("1 migration(s) to apply (V" + newest + " "),
        rootMessage(behind));
  }

  @Test
  void aServerLoggingInAsTheOwnerOrASuperuserIsRefusedNamingTheSetting() {
    String db = emptyDatabase();
    migrate(db);

    SchemaMigration.requireRestrictedRole(postgres.applicationDataSource(db));
    IllegalStateException owner =
        assertThrows(
            IllegalStateException.class,
            () -> SchemaMigration.requireRestrictedRole(postgres.ownerDataSource(db)));
    assertTrue(owner.getMessage().contains(PostgresServer.OWNER), owner.getMessage());
    assertTrue(owner.getMessage().contains("owns the schema"), owner.getMessage());
    assertTrue(owner.getMessage().contains("mentoring.db.user"), owner.getMessage());
    IllegalStateException superuser =
        assertThrows(
            IllegalStateException.class,
            () -> SchemaMigration.requireRestrictedRole(postgres.superuserDataSource(db)));
    assertTrue(superuser.getMessage().contains("is a superuser"), superuser.getMessage());
  }

  @Test
  void theMigrationCommandMigratesAsTheOwnerAndNeedsTheOwnersLogin() {
    String db = emptyDatabase();
    Map<String, String> settings = new HashMap<>(postgres.ownerSettings());
    settings.put("mentoring.db.name", db);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(
        0, MigrateSchema.run(settings::get, new PrintStream(out, true), new PrintStream(err)));
    assertTrue(out.toString().startsWith("{\"ok\":true,\"applied\":"), out + " " + err);
    OutsideContainer.persistenceUnit(postgres.applicationDataSource(db)).close();

    settings.remove("mentoring.db.migration-user");
    err.reset();
    assertEquals(
        2, MigrateSchema.run(settings::get, new PrintStream(out, true), new PrintStream(err)));
    assertTrue(err.toString().contains("set mentoring.db.migration-user"), err.toString());
  }

  @Test
  void validationRejectsASchemaThatDriftedFromTheEntities() throws SQLException {
    String db = emptyDatabase();
    migrate(db);
    try (Connection c = postgres.ownerDataSource(db).getConnection();
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE cohort DROP COLUMN anonymity_threshold");
    }
    var e =
        assertThrows(
            PersistenceException.class,
            () -> OutsideContainer.persistenceUnit(postgres.applicationDataSource(db)).close());
    assertTrue(rootMessage(e).contains("anonymity_threshold"), rootMessage(e));
  }

  @Test
  void databaseRefusesAThresholdBelowThree() throws SQLException {
    String db = emptyDatabase();
    migrate(db);
    try (Connection c = postgres.applicationDataSource(db).getConnection();
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

  @Test
  void theApplicationsRoleCanOnlyReadAndAddToTheAppendOnlyTables() throws SQLException {
    String db = emptyDatabase();
    migrate(db);
    try (Connection c = postgres.applicationDataSource(db).getConnection();
        Statement s = c.createStatement()) {
      for (String table : APPEND_ONLY) {
        for (String attempt :
            List.of(
                "ALTER TABLE " + table + " DISABLE TRIGGER ALL",
                "UPDATE " + table + " SET subject = subject",
                "DELETE FROM " + table,
                "TRUNCATE " + table)) {
          String sql = attempt.replace("SET subject = subject", setOf(table));
          SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
          assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
        }
      }
      SQLException replica =
          assertThrows(
              SQLException.class, () -> s.execute("SET session_replication_role = replica"));
      assertEquals("42501", replica.getSQLState(), replica.getMessage());
      // what it does need: add and read evidence, and change ordinary records
      s.execute(
          "INSERT INTO program_withdrawal (subject, withdrawn_at, reason)"
              + " VALUES ('sub-1', now(), NULL)");
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM program_withdrawal")) {
        rs.next();
        assertEquals(1, rs.getLong(1));
      }
      s.execute(
          "INSERT INTO cohort (id, name, starts_on, ends_on, state, created_at) VALUES"
              + " (gen_random_uuid(), 'x', DATE '2027-01-01', DATE '2027-02-01', 'DRAFT', now())");
      assertEquals(1, s.executeUpdate("UPDATE cohort SET name = 'y'"));
      assertEquals(1, s.executeUpdate("DELETE FROM cohort"));
    }
  }

  @Test
  void aDatabaseTheApplicationsRoleOwnedIsHandedToTheOwnerAndTheRoleLosesItsPowers()
      throws SQLException {
    // as installed before the roles were split: the application's role owns everything
    String db = "m" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = postgres.superuserDataSource("postgres").getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + db + " OWNER " + PostgresServer.USER);
    }
    DataSource application = postgres.applicationDataSource(db);
    SchemaMigration.migrate(application, PostgresServer.USER);
    try (Connection c = application.getConnection();
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE access_log DISABLE TRIGGER ALL");
      s.execute("ALTER TABLE access_log ENABLE TRIGGER ALL");
    }
    // the upgrade operations.md describes, then a deployment with the migration user
    postgres.ensureApplicationDatabase(db);
    assertEquals(0, migrate(db));
    try (Connection c = application.getConnection();
        Statement s = c.createStatement()) {
      SQLException refused =
          assertThrows(
              SQLException.class, () -> s.execute("ALTER TABLE access_log DISABLE TRIGGER ALL"));
      assertEquals("42501", refused.getSQLState(), refused.getMessage());
      s.execute(
          "INSERT INTO cohort (id, name, starts_on, ends_on, state, created_at) VALUES"
              + " (gen_random_uuid(), 'x', DATE '2027-01-01', DATE '2027-02-01', 'DRAFT', now())");
      assertEquals(1, s.executeUpdate("UPDATE cohort SET name = 'y'"));
    }
  }

  @Test
  void withdrawalsAndSignaturesHoldEvenAgainstASuperuserWhoLeavesTheTriggersOn()
      throws SQLException {
    String db = emptyDatabase();
    migrate(db);
    try (Connection c = postgres.superuserDataSource(db).getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO program_withdrawal (subject, withdrawn_at, reason)"
              + " VALUES ('sub-1', now(), NULL)");
      for (String sql :
          List.of(
              "UPDATE program_withdrawal SET reason = 'changed'",
              "DELETE FROM program_withdrawal",
              "TRUNCATE program_withdrawal",
              "TRUNCATE charter_signature")) {
        SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
      }
    }
  }

  private static String setOf(String table) {
    return switch (table) {
      case "access_log_seal" -> "SET key_id = key_id";
      default -> "SET subject = subject";
    };
  }

  static String rootMessage(Throwable t) {
    StringBuilder all = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      all.append(c.getMessage()).append(" | ");
    }
    return all.toString();
  }
}
