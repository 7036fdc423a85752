package com.srm.mentoring.audit.control;

import static com.srm.mentoring.testsupport.BenchmarkRun.deleteTree;
import static com.srm.mentoring.testsupport.BenchmarkRun.print;
import static com.srm.mentoring.testsupport.BenchmarkRun.secondsSince;

import com.srm.mentoring.audit.entity.AccessEvent;
import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.Outcome;
import com.srm.mentoring.audit.entity.Seal;
import com.srm.mentoring.audit.entity.SealKeys;
import com.srm.mentoring.audit.entity.SealPolicy;
import com.srm.mentoring.audit.entity.Verification;
import com.srm.mentoring.testsupport.OutsideContainer;
import com.srm.mentoring.testsupport.PostgresServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * How fast the access log is appended to and verified, on a real PostgreSQL with a million entries,
 * and how verification compares with hashing the very same bytes with nothing else around it. Not a
 * test: run it with {@code mvn -Pbenchmark -pl mentoring-ejb verify -DskipTests}.
 *
 * <p>Appending a million entries through JPA one at a time would take far too long, so only the
 * first 10,000 entries (a quarter of a shorter run) go through {@link AccessLogWriter#append}, the
 * production path, and are timed as such. The rest are bulk-loaded with JDBC batches: each entry is
 * built with the same {@link AccessLogEntry} constructor, so the hashes chain exactly as the writer
 * chains them, and seals are made by the writer's rules (numbering, previous MAC, key, signed
 * bytes), so that the verifier checks one log it cannot tell apart from one the writer wrote.
 *
 * <p>Memory stays flat: entries are streamed to and from the database, never all held at once.
 */
public final class AccessLogBenchmark {

  /**
   * A million unless {@code -Dmentoring.benchmark.entries=} says otherwise, for a shorter run on a
   * busy machine.
   */
  static final long ENTRIES = Long.getLong("mentoring.benchmark.entries", 1_000_000);

  static final int THROUGH_WRITER = (int) Math.min(10_000, ENTRIES / 4);
  static final int WRITER_ENTRIES_PER_TRANSACTION = 10;
  static final int BULK_BATCH = 1_000;
  static final int BULK_ENTRIES_PER_TRANSACTION = 20_000;
  static final int HASH_CHUNK = 10_000;

  /** The product's defaults: the demo key, a seal every 1000 entries or 15 minutes. */
  static final SealPolicy POLICY =
      new SealPolicy(
          SealKeys.parse(AccessLogSettings.DEMO_KEYS, AccessLogSettings.DEMO_KEY_ID),
          1_000,
          Duration.ofMinutes(15));

  private static final Instant START = Instant.parse("2025-01-06T08:00:00.123456Z");
  private static final String[] ACTIONS = {"read", "read", "read", "update", "export", "sign"};
  private static final int PEOPLE = 5_000;

  /** The same columns, in the same order, as the verifier reads. */
  private static final String ENTRIES_IN_ORDER =
      "SELECT " + ChainVerifier.COLUMNS + " FROM access_log ORDER BY sequence";

  private static final String INSERT =
      "INSERT INTO access_log (sequence, occurred_at, subject, username, action, record_type,"
          + " record_id, outcome, client_ip, request_id, prev_hash, hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * Held so that the levels set on them stay: the set-up's progress and the writer's line for each
   * seal it makes add nothing to the figures.
   */
  private static final List<Logger> QUIETED =
      Stream.of("org.flywaydb", "org.hibernate", "com.srm.mentoring")
          .map(Logger::getLogger)
          .toList();

  private final Clock clock = Clock.systemUTC();

  private AccessLogBenchmark() {}

  /**
   * @param args optionally, the folder to keep the temporary database in; {@code target} if none
   */
  public static void main(String[] args) throws Exception {
    Path parent = Path.of(args.length > 0 ? args[0] : "target");
    QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    Files.createDirectories(parent);
    Path data = Files.createTempDirectory(parent, "postgres-benchmark-");
    boolean ok;
    try {
      PostgresServer postgres = PostgresServer.start(data, 0);
      try {
        ok = new AccessLogBenchmark().run(postgres);
      } finally {
        postgres.close();
      }
    } finally {
      deleteTree(data);
    }
    if (!ok) {
      System.exit(1);
    }
  }

  private boolean run(PostgresServer postgres) throws SQLException {
    DataSource db = postgres.migratedDatabase(PostgresServer.DATABASE);
    // a data source of its own, so that only the bulk load sends multi-row inserts
    PGSimpleDataSource batched =
        postgres.applicationDataSource(PostgresServer.DATABASE).unwrap(PGSimpleDataSource.class);
    batched.setReWriteBatchedInserts(true);

    print(
        "Access log benchmark: %,d entries, sealed every %,d entries or %d minutes, key %s; %d"
            + " processors",
        ENTRIES,
        POLICY.everyEntries(),
        POLICY.every().toMinutes(),
        POLICY.keys().currentId(),
        Runtime.getRuntime().availableProcessors());

    double writerSeconds = appendThroughWriter(db);
    print(
        "Appended through AccessLogWriter.append (JPA, %d entries per transaction): entries 1..%,d"
            + " in %.1f s = %,.0f appends/s",
        WRITER_ENTRIES_PER_TRANSACTION,
        THROUGH_WRITER,
        writerSeconds,
        THROUGH_WRITER / writerSeconds);

    long started = System.nanoTime();
    bulkLoad(batched, 2L * THROUGH_WRITER, WRITER_ENTRIES_PER_TRANSACTION);
    double smallSeconds = secondsSince(started);
    print(
        "Raw JDBC batch insert, same hashing and sealing, %d entries per transaction as the"
            + " writer's: entries %,d..%,d in %.1f s = %,.0f entries/s",
        WRITER_ENTRIES_PER_TRANSACTION,
        THROUGH_WRITER + 1,
        2 * THROUGH_WRITER,
        smallSeconds,
        THROUGH_WRITER / smallSeconds);

    started = System.nanoTime();
    bulkLoad(batched, ENTRIES, BULK_ENTRIES_PER_TRANSACTION);
    double bulkSeconds = secondsSince(started);
    long bulk = ENTRIES - 2L * THROUGH_WRITER;
    print(
        "Bulk-loaded with JDBC batches (not through the writer; same entry hashing and sealing"
            + " rules, %,d entries per transaction): entries %,d..%,d in %.1f s = %,.0f entries/s",
        BULK_ENTRIES_PER_TRANSACTION,
        2 * THROUGH_WRITER + 1,
        ENTRIES,
        bulkSeconds,
        bulk / bulkSeconds);
    print(
        "Entries appended: %,d, seals: %,d", count(db, "access_log"), count(db, "access_log_seal"));
    double writerRate = THROUGH_WRITER / writerSeconds;
    double smallRate = THROUGH_WRITER / smallSeconds;
    double bulkRate = bulk / bulkSeconds;
    print(
        "AccessLogWriter.append / raw JDBC batch insert with the same hashing and sealing, %d per"
            + " transaction each: %.3f (%,.0f against %,.0f entries/s; goal: at least 0.1)",
        WRITER_ENTRIES_PER_TRANSACTION, writerRate / smallRate, writerRate, smallRate);
    print(
        "AccessLogWriter.append / bulk JDBC load of %,d per transaction: %.3f (%,.0f against %,.0f"
            + " entries/s; a commit per %d entries against one per %,d)",
        BULK_ENTRIES_PER_TRANSACTION,
        writerRate / bulkRate,
        writerRate,
        bulkRate,
        WRITER_ENTRIES_PER_TRANSACTION,
        BULK_ENTRIES_PER_TRANSACTION);

    Verification verification;
    started = System.nanoTime();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      verification = ChainVerifier.verify(c, POLICY.keys());
      c.rollback();
    }
    double verifySeconds = secondsSince(started);
    double verifyRate = verification.entries() / verifySeconds;
    print(
        "Verification (ChainVerifier.verify, read from the database): %s, %,d entries in %.1f s ="
            + " %,.0f entries/s",
        verification.ok() ? "ok" : "DAMAGED " + verification,
        verification.entries(),
        verifySeconds,
        verifyRate);

    Hashing raw = hashTheVerifiedBytes(db);
    double rawRate = raw.entries() / raw.seconds();
    print(
        "Raw SHA-256 over the same bytes (prevHash || canonicalBytes of every entry, read back"
            + " and checked against the stored hashes, hashing alone timed, after one untimed"
            + " pass): %,d entries, %.1f MB, in %.2f s = %,.0f entries/s, %.0f MB/s",
        raw.entries(),
        raw.bytes() / 1e6,
        raw.seconds(),
        rawRate,
        raw.bytes() / 1e6 / raw.seconds());
    print(
        "Verification / raw SHA-256: %.3f (verifying takes %.1f times as long as hashing its"
            + " bytes on one thread; goal: at least 0.5)",
        verifyRate / rawRate, rawRate / verifyRate);

    boolean whole = verification.ok() && verification.entries() == ENTRIES;
    if (!whole) {
      System.err.printf(
          Locale.ROOT,
          "FAILED: expected a whole log of %,d entries, got %s%n",
          ENTRIES,
          verification);
    }
    return whole;
  }

  /**
   * The production path: the writer's advisory lock, head lookup, JPA persist and sealing.
   *
   * @return the seconds the appends took, without starting the persistence unit
   */
  private double appendThroughWriter(DataSource db) throws SQLException {
    AccessLogWriter writer = new AccessLogWriter(POLICY, clock, AnchorFile.none());
    try (Connection pooled = db.getConnection()) {
      // one connection for every transaction, as the server's pool hands one out: the plain data
      // source would open a new one for each, and that is what would be measured
      EntityManagerFactory emf = OutsideContainer.persistenceUnit(reusing(db, pooled));
      try {
        EntityManager em = emf.createEntityManager();
        try {
          long started = System.nanoTime();
          for (long sequence = 1; sequence <= THROUGH_WRITER; ) {
            em.getTransaction().begin();
            for (int i = 0; i < WRITER_ENTRIES_PER_TRANSACTION; i++, sequence++) {
              writer.append(em, event(sequence));
            }
            em.getTransaction().commit();
            em.clear();
          }
          return secondsSince(started);
        } finally {
          em.close();
        }
      } finally {
        emf.close();
      }
    }
  }

  /** The data source, but handing out the one connection again and again, never closing it. */
  private static DataSource reusing(DataSource db, Connection connection) {
    Connection kept =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return kept;
              }
              try {
                return method.invoke(db, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /**
   * Continues the chain up to entry {@code upTo}, as the writer would continue it, in JDBC batches,
   * committing every {@code perTransaction} entries.
   */
  private void bulkLoad(DataSource db, long upTo, int perTransaction) throws SQLException {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      long sequence;
      byte[] link;
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT sequence, hash FROM access_log ORDER BY sequence DESC LIMIT 1")) {
        rs.next();
        sequence = rs.getLong(1);
        link = rs.getBytes(2);
      }
      Optional<Seal> last = SealRows.last(c);
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        lockChain(c);
        while (sequence < upTo) {
          sequence++;
          AccessLogEntry entry = new AccessLogEntry(sequence, event(sequence), link);
          add(insert, entry);
          link = entry.getHash();
          if (POLICY.isDue(last, sequence, clock.instant())) {
            Seal seal = Seal.next(last, sequence, link, clock.instant(), POLICY.keys());
            SealRows.insert(c, seal);
            last = Optional.of(seal);
          }
          if (sequence % Math.min(BULK_BATCH, perTransaction) == 0 || sequence == upTo) {
            insert.executeBatch();
          }
          if (sequence % perTransaction == 0 || sequence == upTo) {
            c.commit();
            lockChain(c);
          }
        }
      }
      c.commit();
    }
  }

  private static void add(PreparedStatement insert, AccessLogEntry entry) throws SQLException {
    insert.setLong(1, entry.getSequence());
    insert.setObject(2, entry.getOccurredAt().atOffset(ZoneOffset.UTC));
    insert.setString(3, entry.getSubject());
    insert.setString(4, entry.getUsername());
    insert.setString(5, entry.getAction());
    insert.setString(6, entry.getRecordType());
    insert.setString(7, entry.getRecordId());
    insert.setString(8, entry.getOutcome().name());
    insert.setString(9, entry.getClientIp());
    insert.setString(10, entry.getRequestId());
    insert.setBytes(11, entry.getPrevHash());
    insert.setBytes(12, entry.getHash());
    insert.addBatch();
  }

  private static void lockChain(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      ps.setLong(1, AccessLogWriter.CHAIN_LOCK);
      ps.executeQuery().close();
    }
  }

  /**
   * Reads the entries back as the verifier does and hashes exactly what it hashes for each, {@code
   * prevHash || canonicalBytes()}, a chunk at a time. Each chunk is hashed once untimed, which
   * warms up and proves the bytes are the right ones (every digest must equal the stored hash), and
   * then again timed; only the hashing is timed, not reading or building the bytes.
   */
  private static Hashing hashTheVerifiedBytes(DataSource db) throws SQLException {
    MessageDigest sha256 = sha256();
    byte[][] links = new byte[HASH_CHUNK][];
    byte[][] contents = new byte[HASH_CHUNK][];
    byte[][] hashes = new byte[HASH_CHUNK][];
    long entries = 0;
    long bytes = 0;
    long nanos = 0;
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try (PreparedStatement ps = c.prepareStatement(ENTRIES_IN_ORDER)) {
        ps.setFetchSize(2_000);
        try (ResultSet rs = ps.executeQuery()) {
          boolean more = true;
          while (more) {
            int n = 0;
            while (n < HASH_CHUNK && (more = rs.next())) {
              AccessLogEntry entry = ChainVerifier.read(rs);
              links[n] = entry.getPrevHash();
              contents[n] = entry.canonicalBytes();
              hashes[n] = entry.getHash();
              bytes += links[n].length + contents[n].length;
              n++;
            }
            for (int i = 0; i < n; i++) {
              sha256.update(links[i]);
              if (!Arrays.equals(sha256.digest(contents[i]), hashes[i])) {
                throw new IllegalStateException("not the bytes the stored hash covers");
              }
            }
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
              sha256.update(links[i]);
              sha256.digest(contents[i]);
            }
            nanos += System.nanoTime() - started;
            entries += n;
          }
        }
      }
      c.rollback();
    }
    return new Hashing(entries, bytes, nanos / 1e9);
  }

  private record Hashing(long entries, long bytes, double seconds) {}

  /** The same event for the same sequence number, in every run. */
  static AccessEvent event(long sequence) {
    int person = (int) (sequence % PEOPLE);
    return new AccessEvent(
        START.plusMillis(sequence * 250),
        new UUID(0x6d656e746f72L, person).toString(),
        "mentor" + person,
        ACTIONS[(int) (sequence % ACTIONS.length)],
        "concern",
        new UUID(0x636f6e6365726eL, sequence).toString(),
        sequence % 40 == 0 ? Outcome.DENIED : Outcome.GRANTED,
        "10.20." + person / 250 + "." + person % 250,
        new UUID(0x72657175657374L, sequence).toString());
  }

  private static long count(DataSource db, String table) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
