package com.srm.mentoring.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.audit.entity.AccessEvent;
import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.LogFilter;
import com.srm.mentoring.audit.entity.Outcome;
import com.srm.mentoring.audit.entity.SealKeys;
import com.srm.mentoring.audit.entity.SealPolicy;
import com.srm.mentoring.audit.entity.Verification;
import com.srm.mentoring.audit.entity.Verification.Damage;
import com.srm.mentoring.testsupport.OutsideContainer;
import com.srm.mentoring.testsupport.PostgresServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the role that owns the schema can cut off the access log, and what verification then shows.
 * The owner can turn the append-only triggers off and give itself the right to delete; it cannot
 * reach the seal key nor the anchor directory. Sealed entries are out of its reach; the entries
 * after the newest anchored seal, at most {@code every-seconds} of them, are not.
 */
class AccessLogWindowIT {

  static final SealKeys KEYS =
      SealKeys.parse("w:" + java.util.Base64.getEncoder().encodeToString(new byte[32]), "w");

  /** As shipped: a seal at least every minute, by count only after a thousand entries. */
  static final SealPolicy EVERY_MINUTE = new SealPolicy(KEYS, 1_000, Duration.ofSeconds(60));

  static PostgresServer postgres;

  @TempDir Path anchorDir;

  String db;
  EntityManagerFactory emf;
  AnchorFile anchors;
  final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));
  AccessLogWriter writer;

  @BeforeAll
  static void startPostgres() {
    Logger.getLogger(AccessLogWriter.class.getName()).setLevel(Level.WARNING);
    postgres = PostgresServer.startTemporary();
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  /**
   * Entries 1 to 3 written at 08:00, sealed and anchored at 1 on the first and at 3 by the schedule
   * a minute later, with no entry in between; then entries 4 and 5, not sealed yet.
   */
  @BeforeEach
  void writeAndSeal() throws Exception {
    db = "w" + UUID.randomUUID().toString().substring(0, 8);
    postgres.migratedDatabase(db);
    emf = OutsideContainer.persistenceUnit(postgres.applicationDataSource(db));
    anchors = AnchorFile.in(anchorDir);
    writer = new AccessLogWriter(EVERY_MINUTE, clock, anchors);
    append(1, 2, 3);
    Verification beforeTheSchedule = verify();
    assertEquals(2, beforeTheSchedule.unsealedEntries(), beforeTheSchedule.toString());
    clock.advance(Duration.ofSeconds(60));
    inTransaction(em -> assertEquals(3L, writer.sealHeadWhenDue(em).orElseThrow().sequence()));
    clock.advance(Duration.ofSeconds(5));
    append(4, 5);
  }

  @AfterEach
  void close() {
    emf.close();
  }

  @Test
  void aWholeLogNamesTheEntriesNoSealVouchesForYetAndSinceWhen() throws Exception {
    Verification verification = verify();
    assertTrue(verification.ok(), verification.toString());
    assertEquals(5, verification.entries());
    assertEquals(3L, verification.anchorSequence());
    assertEquals(2, verification.unsealedEntries());
    assertEquals(Instant.parse("2026-12-01T08:01:05Z"), verification.unsealedSince());
  }

  @Test
  void theScheduleSealsAQuietLogWithinTheWindow() throws Exception {
    inTransaction(
        em -> assertTrue(writer.sealHeadWhenDue(em).isEmpty(), "the last seal is 5 s old"));
    clock.advance(EVERY_MINUTE.scheduleInterval());
    inTransaction(em -> assertEquals(5L, writer.sealHeadWhenDue(em).orElseThrow().sequence()));
    Verification verification = verify();
    assertTrue(verification.ok(), verification.toString());
    assertEquals(0, verification.unsealedEntries());
    assertNull(verification.unsealedSince());
    assertEquals(5L, verification.anchorSequence(), "the seal is anchored too");
  }

  @Test
  void sealedEntriesCutOffByTheOwnerAreTruncatedAgainstTheirSeal() throws Exception {
    asOwner("DELETE FROM access_log WHERE sequence >= 3");
    Verification verification = verify();
    assertEquals(Damage.TRUNCATED, verification.damage(), verification.toString());
    assertEquals(3L, verification.firstBadSequence());
  }

  @Test
  void sealedEntriesCutOffWithTheirSealsAreTruncatedAgainstTheAnchor() throws Exception {
    asOwner(
        "DELETE FROM access_log WHERE sequence >= 2",
        "DELETE FROM access_log_seal WHERE sequence >= 2");
    Verification verification = verify();
    assertEquals(Damage.TRUNCATED, verification.damage(), verification.toString());
    assertEquals(2L, verification.firstBadSequence());
    assertEquals(3L, verification.anchorSequence());
  }

  @Test
  void theUnsealedTailCutOffWithTheLastSealBreaksTheSealAgainstTheAnchor() throws Exception {
    asOwner(
        "DELETE FROM access_log WHERE sequence >= 4",
        "DELETE FROM access_log_seal WHERE sequence = 3");
    Verification verification = verify();
    assertEquals(Damage.SEAL, verification.damage(), verification.toString());
    assertEquals(2L, verification.firstBadSequence(), "the seal on 1 still holds");
  }

  @Test
  void entriesNewerThanTheLastAnchorCanBeCutOffUnnoticed() throws Exception {
    // the window: entries 4 and 5 came after the newest anchored seal, at most a minute ago
    Verification before = verify();
    assertEquals(2, before.unsealedEntries());
    assertTrue(
        !before.unsealedSince().isBefore(clock.instant().minus(EVERY_MINUTE.every())),
        "no older than the window: " + before.unsealedSince());
    asOwner("DELETE FROM access_log WHERE sequence >= 4");
    Verification after = verify();
    assertTrue(after.ok(), "nothing vouched for them: " + after);
    assertEquals(3, after.entries());
    assertEquals(0, after.unsealedEntries());
    assertEquals(3L, after.anchorSequence());
  }

  @Test
  void whichRecordsAListShowedAndTheProxysRequestIdAreCoveredByTheHash() throws Exception {
    asOwner(
        "UPDATE access_log SET record_ids = array_remove(record_ids, 'c-shared')"
            + " WHERE sequence = 2");
    Verification verification = verify();
    assertEquals(Damage.CHANGED, verification.damage(), verification.toString());
    assertEquals(2L, verification.firstBadSequence());
  }

  @Test
  void aForwardedRequestIdTakenAwayBreaksTheHash() throws Exception {
    inTransaction(
        em ->
            writer.append(
                em,
                new AccessEvent(
                    clock.instant(),
                    "sub-6",
                    "user6",
                    "read",
                    "concern",
                    "c-6",
                    Outcome.GRANTED,
                    "203.0.113.7",
                    UUID.randomUUID().toString(),
                    "proxy-42",
                    null)));
    assertTrue(verify().ok());
    asOwner("UPDATE access_log SET forwarded_request_id = NULL WHERE sequence = 6");
    Verification verification = verify();
    assertEquals(Damage.CHANGED, verification.damage(), verification.toString());
    assertEquals(6L, verification.firstBadSequence());
  }

  @Test
  void theRecordFilterFindsTheListsThatShowedTheRecord() {
    EntityManager em = emf.createEntityManager();
    try {
      LogQuery query = new LogQuery();
      query.em = em;
      LogFilter shared = LogFilter.parse(null, null, "c-shared", null, null, null, null);
      assertEquals(List.of(5L, 4L, 3L, 2L, 1L), sequences(query.page(shared, null, 10)));
      LogFilter one = LogFilter.parse(null, null, "c-4", null, null, null, null);
      assertEquals(List.of(4L), sequences(query.page(one, null, 10)));
      assertEquals(1, query.count(one));
      LogFilter none = LogFilter.parse(null, null, "c-9", null, null, null, null);
      assertEquals(0, query.count(none));
    } finally {
      em.close();
    }
  }

  static List<Long> sequences(List<AccessLogEntry> entries) {
    return entries.stream().map(AccessLogEntry::getSequence).toList();
  }

  /** Appends one entry per id given, each at the clock's time. */
  void append(int... ids) {
    for (int id : ids) {
      inTransaction(em -> writer.append(em, event(id)));
    }
  }

  AccessEvent event(int id) {
    return new AccessEvent(
        clock.instant(),
        "sub-" + id,
        "user" + id,
        "read",
        "concern",
        null,
        Outcome.GRANTED,
        "127.0.0.1",
        "req-" + id,
        null,
        List.of("c-" + id, "c-shared"));
  }

  void inTransaction(java.util.function.Consumer<EntityManager> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      em.close();
    }
  }

  Verification verify() throws Exception {
    return EveryWay.verify(
        postgres.applicationDataSource(db), KEYS, anchors.newest(), java.util.Optional.empty());
  }

  /**
   * Runs statements as the role that owns the schema: it turns off the triggers that keep the log
   * append-only, which it may as the owner, and hands itself back the rights to change and delete.
   */
  void asOwner(String... sql) throws SQLException {
    try (Connection c = postgres.ownerDataSource(db).getConnection();
        Statement s = c.createStatement()) {
      s.execute("GRANT UPDATE, DELETE ON access_log, access_log_seal TO CURRENT_USER");
      s.execute("ALTER TABLE access_log DISABLE TRIGGER access_log_append_only");
      s.execute("ALTER TABLE access_log_seal DISABLE TRIGGER access_log_seal_append_only");
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  /** A clock the test moves on, so that time passes without waiting for it. */
  static final class MovableClock extends Clock {

    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
