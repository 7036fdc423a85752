package com.srm.mentoring.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.audit.boundary.VerifyAccessLog;
import com.srm.mentoring.audit.entity.AccessEvent;
import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.Anchor;
import com.srm.mentoring.audit.entity.Outcome;
import com.srm.mentoring.audit.entity.SealKeys;
import com.srm.mentoring.audit.entity.SealPolicy;
import com.srm.mentoring.audit.entity.Verification;
import com.srm.mentoring.audit.entity.Verification.Damage;
import com.srm.mentoring.audit.entity.Verification.Receipt;
import com.srm.mentoring.platform.control.SchemaMigration;
import com.srm.mentoring.platform.entity.HashChain;
import com.srm.mentoring.testsupport.OutsideContainer;
import com.srm.mentoring.testsupport.PostgresServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access log on real PostgreSQL: append-only, sequential under load, and tamper-evident. */
class AccessLogIT {

  static final String KEY_A = "a:" + Base64.getEncoder().encodeToString(new byte[32]);
  static final String KEY_B =
      "b:" + Base64.getEncoder().encodeToString("a second key of thirty-two bytes".getBytes());

  static PostgresServer postgres;

  /** Kept so the setting below holds: the tests seal thousands of times, each seal a log line. */
  static final Logger SEAL_LOG = Logger.getLogger(AccessLogWriter.class.getName());

  @BeforeAll
  static void startPostgres() {
    SEAL_LOG.setLevel(Level.WARNING);
    postgres = PostgresServer.startTemporary();
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  /** A fresh database of its own for each test, migrated. */
  static String freshDatabase() {
    String name = "a" + UUID.randomUUID().toString().substring(0, 8);
    postgres.migratedDatabase(name);
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

  /** Sealed after every 4 entries: 10 entries carry seals at 1, 5 and 9. */
  static final SealPolicy EVERY_FOUR =
      new SealPolicy(SealKeys.parse(KEY_A, "a"), 4, Duration.ofHours(1));

  static void append(EntityManagerFactory emf, int count) {
    append(emf, count, new AccessLogWriter(EVERY_FOUR));
  }

  static void append(EntityManagerFactory emf, int count, AccessLogWriter writer) {
    EntityManager em = emf.createEntityManager();
    try {
      for (int i = 0; i < count; i++) {
        em.getTransaction().begin();
        writer.append(em, event(i));
        em.getTransaction().commit();
        em.clear();
      }
    } finally {
      em.close();
    }
  }

  static Verification verify(DataSource db) throws SQLException {
    return verify(db, EVERY_FOUR.keys());
  }

  static Verification verify(DataSource db, SealKeys keys) throws SQLException {
    return EveryWay.verify(db, keys, Optional.empty(), Optional.empty());
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
        done.add(writers.submit(() -> append(instance, 100)));
      }
      for (Future<?> writer : done) {
        writer.get();
      }
      Verification verification = EveryWay.verifyLong(db, EVERY_FOUR.keys());
      assertTrue(verification.ok(), verification.toString());
      assertEquals(800, verification.entries());
      try (Connection c = db.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT min(sequence), max(sequence), count(*) FROM access_log")) {
        rs.next();
        assertEquals(1, rs.getLong(1));
        assertEquals(800, rs.getLong(2));
        assertEquals(800, rs.getLong(3));
      }
    } finally {
      writers.shutdownNow();
      first.close();
      second.close();
    }
  }

  @Test
  void entriesHashedWithTheFirstEncodingKeepVerifyingBesideNewOnes() throws Exception {
    String db = "a" + UUID.randomUUID().toString().substring(0, 8);
    DataSource application = postgres.ensureApplicationDatabase(db);
    // the schema as it was before each entry recorded its encoding, and entries as the
    // application wrote them then: joined fields, one of them null
    SchemaMigration.flyway(PostgresServer.USER)
        .dataSource(postgres.ownerDataSource(db))
        .target("6")
        .load()
        .migrate();
    byte[] link = AccessLogEntry.GENESIS;
    try (Connection c = postgres.superuserDataSource(db).getConnection()) {
      for (int sequence = 1; sequence <= 3; sequence++) {
        AccessEvent e = event(sequence);
        AccessEvent old =
            new AccessEvent(
                e.occurredAt().truncatedTo(ChronoUnit.MICROS),
                e.subject(),
                e.username(),
                e.action(),
                e.recordType(),
                sequence == 2 ? null : e.recordId(),
                e.outcome(),
                e.clientIp(),
                e.requestId());
        byte[] hash =
            AccessLogEntry.stored(sequence, old, link, null, HashChain.JOINED).computeHash();
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO access_log (sequence, occurred_at, subject, username, action,"
                    + " record_type, record_id, outcome, client_ip, request_id, prev_hash, hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          insert.setLong(1, sequence);
          insert.setObject(2, old.occurredAt().atOffset(ZoneOffset.UTC));
          insert.setString(3, old.subject());
          insert.setString(4, old.username());
          insert.setString(5, old.action());
          insert.setString(6, old.recordType());
          insert.setString(7, old.recordId());
          insert.setString(8, old.outcome().name());
          insert.setString(9, old.clientIp());
          insert.setString(10, old.requestId());
          insert.setBytes(11, link);
          insert.setBytes(12, hash);
          insert.execute();
        }
        link = hash;
      }
    }
    SchemaMigration.migrate(postgres.ownerDataSource(db), PostgresServer.USER);
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(application);
    try {
      append(emf, 3);
    } finally {
      emf.close();
    }
    Verification verification = verify(application);
    assertTrue(verification.ok(), verification.toString());
    assertEquals(6, verification.entries());
    try (Connection c = application.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT string_agg(hash_encoding::text, '' ORDER BY sequence) FROM access_log")) {
      rs.next();
      assertEquals("111222", rs.getString(1), "old entries keep the first encoding");
    }
    // an old entry changed is still found: the first encoding is checked, not trusted
    tamper(db, "UPDATE access_log SET record_id = 'c-9' WHERE sequence = 3");
    Verification changed = verify(application);
    assertEquals(Damage.CHANGED, changed.damage(), changed.toString());
    assertEquals(3L, changed.firstBadSequence());
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
  void anEntryMovedFarPastTheEndIsNamedAsRemovedWhereItWas() throws Exception {
    // the verifier reads ranges of sequence numbers: a wide gap is skipped, not read range by range
    assertDamage(
        Damage.REMOVED, 10, "UPDATE access_log SET sequence = 1000000 WHERE sequence = 10");
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
      Verification verification = verify(postgres.applicationDataSource(db));
      assertEquals(Damage.INSERTED, verification.damage(), verification.toString());
      assertEquals(5L, verification.firstBadSequence());
    } finally {
      emf.close();
    }
  }

  @Test
  void aChainRecomputedWithoutTheKeyBreaksTheSeal() throws Exception {
    String db = freshDatabase();
    DataSource application = postgres.applicationDataSource(db);
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(application);
    try {
      append(emf, 10);
      assertTrue(verify(application).ok());
      try (Connection c = postgres.superuserDataSource(db).getConnection();
          Statement s = c.createStatement()) {
        s.execute("SET session_replication_role = replica");
        // change entry 7 and recompute every hash after it, as someone without the key could
        byte[] link;
        try (ResultSet rs = s.executeQuery("SELECT hash FROM access_log WHERE sequence = 6")) {
          rs.next();
          link = rs.getBytes(1);
        }
        for (long sequence = 7; sequence <= 10; sequence++) {
          AccessLogEntry stored = storedEntry(c, sequence);
          AccessEvent event = eventOf(stored, sequence == 7 ? "c-forged" : stored.getRecordId());
          AccessLogEntry recomputed = new AccessLogEntry(sequence, event, link);
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE access_log SET record_id = ?, prev_hash = ?, hash = ? WHERE sequence = ?")) {
            update.setString(1, event.recordId());
            update.setBytes(2, recomputed.getPrevHash());
            update.setBytes(3, recomputed.getHash());
            update.setLong(4, sequence);
            update.execute();
          }
          link = recomputed.getHash();
        }
      }
      Verification verification = verify(application);
      // the seal on entry 5 still holds; everything after it is no longer vouched for
      assertEquals(Damage.SEAL, verification.damage(), verification.toString());
      assertEquals(6L, verification.firstBadSequence());
    } finally {
      emf.close();
    }
  }

  @Test
  void aChangedSealIsNamed() throws Exception {
    assertDamage(
        Damage.SEAL,
        6,
        "UPDATE access_log_seal SET sealed_at = sealed_at + interval '1 second'"
            + " WHERE sequence = 9");
  }

  @Test
  void aRemovedSealIsNamed() throws Exception {
    assertDamage(Damage.SEAL, 2, "DELETE FROM access_log_seal WHERE sequence = 5");
  }

  @Test
  void aTruncatedTailIsNamed() throws Exception {
    assertDamage(Damage.TRUNCATED, 8, "DELETE FROM access_log WHERE sequence >= 8");
  }

  @Test
  void entriesAfterTheLastSealCanBeCutOffUntilTheNextSeal() throws Exception {
    // the known window: entry 10 is not sealed yet, so its removal leaves a whole log
    String db = freshDatabase();
    DataSource application = postgres.applicationDataSource(db);
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(application);
    try {
      append(emf, 10);
      tamper(db, "DELETE FROM access_log WHERE sequence = 10");
      Verification verification = verify(application);
      assertTrue(verification.ok(), verification.toString());
      assertEquals(9, verification.entries());
    } finally {
      emf.close();
    }
  }

  @Test
  void aQuietLogIsSealedOnTimeAndThenItsTailIsGuarded() throws Exception {
    String db = freshDatabase();
    DataSource application = postgres.applicationDataSource(db);
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(application);
    AccessLogWriter writer = new AccessLogWriter(EVERY_FOUR);
    try {
      append(emf, 3, writer);
      EntityManager em = emf.createEntityManager();
      try {
        em.getTransaction().begin();
        assertEquals(3L, writer.sealHead(em).orElseThrow().sequence());
        em.getTransaction().commit();
        em.getTransaction().begin();
        assertTrue(writer.sealHead(em).isEmpty(), "nothing new to seal");
        em.getTransaction().commit();
      } finally {
        em.close();
      }
      tamper(db, "DELETE FROM access_log WHERE sequence = 3");
      Verification verification = verify(application);
      assertEquals(Damage.TRUNCATED, verification.damage(), verification.toString());
      assertEquals(3L, verification.firstBadSequence());
    } finally {
      emf.close();
    }
  }

  @Test
  void sealsOfARetiredKeyStayVerifiable() throws Exception {
    String db = freshDatabase();
    DataSource application = postgres.applicationDataSource(db);
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(application);
    try {
      append(emf, 6);
      SealKeys rotated = SealKeys.parse(KEY_B + "," + KEY_A, "b");
      append(emf, 8, new AccessLogWriter(new SealPolicy(rotated, 4, Duration.ofHours(1))));
      try (Connection c = application.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT string_agg(key_id, '' ORDER BY seal_number)" + " FROM access_log_seal")) {
        rs.next();
        assertEquals("aabb", rs.getString(1), "seals at 1 and 5 with a, at 9 and 13 with b");
      }
      assertTrue(verify(application, rotated).ok());
      Verification withoutA = verify(application, SealKeys.parse(KEY_B, "b"));
      assertEquals(Damage.SEAL, withoutA.damage(), "a seal whose key is gone cannot be trusted");
      assertEquals(1L, withoutA.firstBadSequence());
    } finally {
      emf.close();
    }
  }

  @Test
  void theCommandLineReportsAsTheApplicationDoes() throws Exception {
    String db = freshDatabase();
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(postgres.applicationDataSource(db));
    try {
      append(emf, 10);
    } finally {
      emf.close();
    }
    Map<String, String> settings = new HashMap<>(postgres.applicationSettings());
    settings.put("mentoring.db.name", db);
    settings.put("mentoring.audit.seal.keys", KEY_A);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(
        0, VerifyAccessLog.run(settings::get, new PrintStream(out, true), new PrintStream(err)));
    String whole = out.toString().strip();
    assertTrue(
        whole.startsWith("{\"ok\":true,\"entries\":10,\"unsealedEntries\":1,\"unsealedSince\":\""),
        "entry 10 comes after the seal on 9: " + whole);

    tamper(db, "DELETE FROM access_log WHERE sequence = 4");
    out.reset();
    assertEquals(
        1, VerifyAccessLog.run(settings::get, new PrintStream(out, true), new PrintStream(err)));
    assertEquals(
        "{\"ok\":false,\"firstBadSequence\":4,\"damage\":\"removed\"}", out.toString().strip());

    settings.put("mentoring.db.name", "nosuchdatabase");
    err.reset();
    assertEquals(
        2,
        VerifyAccessLog.run(settings::get, new PrintStream(out, true), new PrintStream(err, true)));
    assertTrue(err.toString().contains("could not be checked"), err.toString());
  }

  @TempDir Path anchorDir;

  /** Ten entries sealed at 1, 5 and 9, each seal anchored in the file too. */
  AnchorFile anchoredLog(String db) throws Exception {
    AnchorFile anchors = AnchorFile.in(anchorDir);
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(postgres.applicationDataSource(db));
    try {
      append(emf, 10, new AccessLogWriter(EVERY_FOUR, anchors));
    } finally {
      emf.close();
    }
    return anchors;
  }

  static Verification verify(DataSource db, AnchorFile anchors, Optional<Anchor> receipt)
      throws Exception {
    return EveryWay.verify(db, EVERY_FOUR.keys(), anchors.newest(), receipt);
  }

  @Test
  void everySealIsAnchoredOutsideTheDatabaseOnceCommitted() throws Exception {
    String db = freshDatabase();
    AnchorFile anchors = anchoredLog(db);
    List<String> lines = Files.readAllLines(anchorDir.resolve(AnchorFile.FILE_NAME));
    assertEquals(3, lines.size(), lines.toString());
    Anchor newest = anchors.newest().orElseThrow();
    assertEquals(3, newest.number());
    assertEquals(9, newest.sequence());
    assertEquals(lines.get(2), newest.line());
    // a seal whose transaction rolls back leaves no anchor
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(postgres.applicationDataSource(db));
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      AccessLogWriter writer = new AccessLogWriter(EVERY_FOUR, anchors);
      assertTrue(writer.sealHead(em).isPresent());
      em.getTransaction().rollback();
    } finally {
      em.close();
      emf.close();
    }
    assertEquals(3, Files.readAllLines(anchorDir.resolve(AnchorFile.FILE_NAME)).size());
    Verification whole = verify(postgres.applicationDataSource(db), anchors, Optional.empty());
    assertTrue(whole.ok(), whole.toString());
    assertEquals(9L, whole.anchorSequence());
  }

  @Test
  void aTailDeletedWithItsSealsIsTruncatedAgainstTheAnchor() throws Exception {
    String db = freshDatabase();
    AnchorFile anchors = anchoredLog(db);
    tamper(
        db,
        "DELETE FROM access_log WHERE sequence >= 6",
        "DELETE FROM access_log_seal WHERE sequence >= 6");
    DataSource application = postgres.applicationDataSource(db);
    assertTrue(verify(application).ok(), "the database alone cannot tell");
    Verification verification = verify(application, anchors, Optional.empty());
    assertEquals(Damage.TRUNCATED, verification.damage(), verification.toString());
    assertEquals(6L, verification.firstBadSequence());
    assertEquals(9L, verification.anchorSequence());
  }

  @Test
  void bothTablesTruncatedAreTruncatedAgainstTheAnchor() throws Exception {
    String db = freshDatabase();
    AnchorFile anchors = anchoredLog(db);
    tamper(db, "TRUNCATE access_log, access_log_seal");
    DataSource application = postgres.applicationDataSource(db);
    assertTrue(verify(application).ok(), "the database alone cannot tell");
    Verification verification = verify(application, anchors, Optional.empty());
    assertEquals(Damage.TRUNCATED, verification.damage(), verification.toString());
    assertEquals(1L, verification.firstBadSequence());
    assertEquals(9L, verification.anchorSequence());
  }

  @Test
  void newestSealsRemovedWhileTheirEntriesStayBreakTheSealAgainstTheAnchor() throws Exception {
    String db = freshDatabase();
    AnchorFile anchors = anchoredLog(db);
    tamper(db, "DELETE FROM access_log_seal WHERE seal_number = 3");
    Verification verification =
        verify(postgres.applicationDataSource(db), anchors, Optional.empty());
    assertEquals(Damage.SEAL, verification.damage(), verification.toString());
    assertEquals(6L, verification.firstBadSequence(), "the seal on 5 still holds");
  }

  @Test
  void aReceiptKeptBeforeADeletionIsNotCoveredByTheLog() throws Exception {
    String db = freshDatabase();
    AnchorFile anchors = anchoredLog(db);
    DataSource application = postgres.applicationDataSource(db);
    Anchor receipt = Anchor.parse(anchors.newest().orElseThrow().line());
    Verification before = verify(application, anchors, Optional.of(receipt));
    assertTrue(before.ok(), before.toString());
    assertEquals(Receipt.COVERED, before.receipt());
    // the anchor file gone too: the receipt is the only witness left
    Files.delete(anchorDir.resolve(AnchorFile.FILE_NAME));
    tamper(
        db,
        "DELETE FROM access_log WHERE sequence >= 7",
        "DELETE FROM access_log_seal WHERE sequence >= 7");
    Verification after = verify(application, anchors, Optional.of(receipt));
    assertEquals(Receipt.NOT_COVERED, after.receipt(), after.toString());
    assertEquals(Damage.TRUNCATED, after.damage());
    assertEquals(7L, after.firstBadSequence());
    assertEquals(null, after.anchorSequence());
  }

  @Test
  void theCommandLineHoldsTheLogAgainstTheAnchorAndAReceipt() throws Exception {
    String db = freshDatabase();
    anchoredLog(db);
    Path receipt = Files.writeString(anchorDir.resolve("receipt.txt"), "");
    Files.writeString(
        receipt,
        Files.readAllLines(anchorDir.resolve(AnchorFile.FILE_NAME)).get(1)
            + System.lineSeparator());
    Map<String, String> settings = new HashMap<>(postgres.applicationSettings());
    settings.put("mentoring.db.name", db);
    settings.put("mentoring.audit.seal.keys", KEY_A);
    settings.put("mentoring.audit.anchor.dir", anchorDir.toString());
    settings.put("mentoring.audit.receipt-file", receipt.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(
        0, VerifyAccessLog.run(settings::get, new PrintStream(out, true), new PrintStream(err)));
    String covered = out.toString().strip();
    assertTrue(
        covered.startsWith(
            "{\"ok\":true,\"entries\":10,\"anchorSequence\":9,\"receipt\":\"covered\","
                + "\"unsealedEntries\":1,\"unsealedSince\":\""),
        covered);
    tamper(db, "TRUNCATE access_log, access_log_seal");
    out.reset();
    assertEquals(
        1, VerifyAccessLog.run(settings::get, new PrintStream(out, true), new PrintStream(err)));
    assertEquals(
        "{\"ok\":false,\"firstBadSequence\":1,\"damage\":\"truncated\",\"anchorSequence\":9,"
            + "\"receipt\":\"not-covered\"}",
        out.toString().strip());
  }

  @Test
  void theCommandLineNeedsTheKeys() {
    Map<String, String> settings = new HashMap<>(postgres.applicationSettings());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(
        2,
        VerifyAccessLog.run(settings::get, new PrintStream(out, true), new PrintStream(err, true)));
    assertTrue(err.toString().contains("mentoring.audit.seal.keys is not set"), err.toString());
    assertEquals("", out.toString());
  }

  static AccessLogEntry storedEntry(Connection c, long sequence) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + ChainVerifier.COLUMNS + " FROM access_log WHERE sequence = ?")) {
      ps.setLong(1, sequence);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return ChainVerifier.read(rs);
      }
    }
  }

  static AccessEvent eventOf(AccessLogEntry stored, String recordId) {
    return new AccessEvent(
        stored.getOccurredAt(),
        stored.getSubject(),
        stored.getUsername(),
        stored.getAction(),
        stored.getRecordType(),
        recordId,
        stored.getOutcome(),
        stored.getClientIp(),
        stored.getRequestId());
  }

  /** Appends ten entries, verifies them whole, damages them as a superuser, verifies again. */
  static void assertDamage(Damage damage, long sequence, String... sql) throws SQLException {
    String db = freshDatabase();
    DataSource application = postgres.applicationDataSource(db);
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(application);
    try {
      append(emf, 10);
      assertTrue(verify(application).ok());
      tamper(db, sql);
      Verification verification = verify(application);
      assertEquals(damage, verification.damage(), verification.toString());
      assertEquals(sequence, verification.firstBadSequence());
    } finally {
      emf.close();
    }
  }

  /** Runs statements as a superuser who turns the append-only trigger off, as an attacker would. */
  static void tamper(String db, String... sql) throws SQLException {
    try (Connection c = postgres.superuserDataSource(db).getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET session_replication_role = replica");
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }
}
