package com.srm.mentoring.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.audit.entity.AccessEvent;
import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.Outcome;
import com.srm.mentoring.audit.entity.Verification;
import com.srm.mentoring.audit.entity.Verification.Damage;
import com.srm.mentoring.platform.control.SchemaMigration;
import com.srm.mentoring.testsupport.OutsideContainer;
import com.srm.mentoring.testsupport.PostgresServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The access log on real PostgreSQL: append-only, sequential under load, and tamper-evident. */
class AccessLogIT {

  static PostgresServer postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = PostgresServer.startTemporary();
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  /** A fresh database of its own for each test, migrated. */
  static String freshDatabase() {
    String name = "a" + UUID.randomUUID().toString().substring(0, 8);
    SchemaMigration.migrate(postgres.ensureApplicationDatabase(name));
    return name;
  }

  static AccessEvent event(int i) {
    return new AccessEvent(
        Instant.now(),
        "sub-" + i,
        "user" + i,
        "read",
        "concern",
        "c-" + i,
        Outcome.GRANTED,
        "127.0.0.1",
        "req-" + i);
  }

  static void append(EntityManagerFactory emf, int count) {
    EntityManager em = emf.createEntityManager();
    try {
      for (int i = 0; i < count; i++) {
        em.getTransaction().begin();
        AccessLogWriter.append(em, event(i));
        em.getTransaction().commit();
        em.clear();
      }
    } finally {
      em.close();
    }
  }

  static Verification verify(EntityManagerFactory emf) {
    EntityManager em = emf.createEntityManager();
    try {
      return ChainVerifier.verify(em);
    } finally {
      em.close();
    }
  }

  @Test
  void theApplicationCanNeitherChangeNorRemoveEntries() throws Exception {
    DataSource db = postgres.applicationDataSource(freshDatabase());
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(db);
    try {
      append(emf, 3);
    } finally {
      emf.close();
    }
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      SQLException update =
          assertThrows(
              SQLException.class, () -> s.execute("UPDATE access_log SET record_id = 'x'"));
      assertEquals("42501", update.getSQLState(), update.getMessage());
      SQLException delete =
          assertThrows(SQLException.class, () -> s.execute("DELETE FROM access_log"));
      assertEquals("42501", delete.getSQLState(), delete.getMessage());
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM access_log")) {
        rs.next();
        assertEquals(3, rs.getLong(1));
      }
    }
  }

  @Test
  void eightWritersOnTwoInstancesKeepOneUnbrokenChain() throws Exception {
    DataSource db = postgres.applicationDataSource(freshDatabase());
    EntityManagerFactory first = OutsideContainer.persistenceUnit(db);
    EntityManagerFactory second = OutsideContainer.persistenceUnit(db);
    ExecutorService writers = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        EntityManagerFactory instance = w % 2 == 0 ? first : second;
        done.add(writers.submit(() -> append(instance, 1_250)));
      }
      for (Future<?> writer : done) {
        writer.get();
      }
      Verification verification = verify(first);
      assertTrue(verification.ok(), verification.toString());
      assertEquals(10_000, verification.entries());
      try (Connection c = db.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT min(sequence), max(sequence), count(*) FROM access_log")) {
        rs.next();
        assertEquals(1, rs.getLong(1));
        assertEquals(10_000, rs.getLong(2));
        assertEquals(10_000, rs.getLong(3));
      }
    } finally {
      writers.shutdownNow();
      first.close();
      second.close();
    }
  }

  @Test
  void aChangedEntryIsNamed() throws Exception {
    assertDamage(Damage.CHANGED, 5, "UPDATE access_log SET record_id = 'c-999' WHERE sequence = 5");
  }

  @Test
  void aRemovedEntryIsNamed() throws Exception {
    assertDamage(Damage.REMOVED, 5, "DELETE FROM access_log WHERE sequence = 5");
  }

  @Test
  void reorderedEntriesAreNamed() throws Exception {
    assertDamage(
        Damage.REORDERED,
        5,
        "UPDATE access_log SET sequence = 1000 WHERE sequence = 5",
        "UPDATE access_log SET sequence = 5 WHERE sequence = 6",
        "UPDATE access_log SET sequence = 6 WHERE sequence = 1000");
  }

  @Test
  void anInsertedEntryIsNamed() throws Exception {
    String db = freshDatabase();
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(postgres.applicationDataSource(db));
    try {
      append(emf, 10);
      try (Connection c = postgres.superuserDataSource(db).getConnection();
          Statement s = c.createStatement()) {
        s.execute("SET session_replication_role = replica");
        s.execute("UPDATE access_log SET sequence = sequence + 1000 WHERE sequence >= 5");
        s.execute("UPDATE access_log SET sequence = sequence - 999 WHERE sequence >= 1000");
        byte[] fourth;
        try (ResultSet rs = s.executeQuery("SELECT hash FROM access_log WHERE sequence = 4")) {
          rs.next();
          fourth = rs.getBytes(1);
        }
        // a well-formed entry: only its position in the chain can give it away
        AccessLogEntry forged = new AccessLogEntry(5, event(99), fourth);
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO access_log (sequence, occurred_at, subject, username, action,"
                    + " record_type, record_id, outcome, client_ip, request_id, prev_hash, hash)"
                    + " VALUES (5, ?, 'sub-99', 'user99', 'read', 'concern', 'c-99',"
                    + " 'GRANTED', '127.0.0.1', 'req-99', ?, ?)")) {
          insert.setObject(1, forged.getOccurredAt().atOffset(ZoneOffset.UTC));
          insert.setBytes(2, forged.getPrevHash());
          insert.setBytes(3, forged.getHash());
          insert.execute();
        }
      }
      Verification verification = verify(emf);
      assertEquals(Damage.INSERTED, verification.damage(), verification.toString());
      assertEquals(5L, verification.firstBadSequence());
    } finally {
      emf.close();
    }
  }

  /** Appends ten entries, verifies them whole, damages them as a superuser, verifies again. */
  static void assertDamage(Damage damage, long sequence, String... sql) throws SQLException {
    String db = freshDatabase();
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(postgres.applicationDataSource(db));
    try {
      append(emf, 10);
      assertTrue(verify(emf).ok());
      try (Connection c = postgres.superuserDataSource(db).getConnection();
          Statement s = c.createStatement()) {
        // a superuser who turns the append-only trigger off, as an attacker would
        s.execute("SET session_replication_role = replica");
        for (String statement : sql) {
          s.execute(statement);
        }
      }
      Verification verification = verify(emf);
      assertEquals(damage, verification.damage(), verification.toString());
      assertEquals(sequence, verification.firstBadSequence());
    } finally {
      emf.close();
    }
  }
}
