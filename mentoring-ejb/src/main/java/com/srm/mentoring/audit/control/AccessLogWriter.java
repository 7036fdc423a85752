package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.AccessEvent;
import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.Anchor;
import com.srm.mentoring.audit.entity.Seal;
import com.srm.mentoring.audit.entity.SealPolicy;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.Session;

/**
 * Appends to the access log and seals its head, in the caller's transaction. Appends are serialized
 * by a PostgreSQL advisory lock held until the transaction ends, so that the chain stays strictly
 * sequential with any number of threads and application instances on one database; a JVM lock could
 * not do that.
 *
 * <p>A transaction's first append reads the head and the last seal under the lock; its further
 * appends continue from what it wrote, so that each costs one plain insert.
 *
 * <p>Once a transaction that made a seal has committed, the seal is written as an anchor to the
 * anchor file and to the server log: outside the database, where cutting the log's end off together
 * with its newest seals still shows. Not before the commit, as an anchor of a seal that was rolled
 * back would vouch for entries that never were.
 */
public final class AccessLogWriter {

  /** The advisory lock's key: any fixed number no other part of the product uses. */
  static final long CHAIN_LOCK = 0x5352_4D5F_4C4F_47L;

  private static final Logger LOG = Logger.getLogger(AccessLogWriter.class.getName());

  private static final String INSERT =
      "INSERT INTO access_log (sequence, occurred_at, subject, username, action, record_type,"
          + " record_id, outcome, client_ip, request_id, forwarded_request_id, record_ids,"
          + " prev_hash, hash, hash_encoding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String LOCK_AND_READ =
      "SELECT pg_advisory_xact_lock("
          + CHAIN_LOCK
          + "); SELECT sequence, hash FROM access_log ORDER BY sequence DESC LIMIT 1; "
          + SealRows.LAST;

  private final SealPolicy policy;
  private final Clock clock;
  private final AnchorFile anchors;

  /** The chain as each transaction holding the lock left it, by the transaction's session. */
  private final Map<Session, Chain> chains = new ConcurrentHashMap<>();

  public AccessLogWriter(SealPolicy policy) {
    this(policy, Clock.systemUTC(), AnchorFile.none());
  }

  public AccessLogWriter(SealPolicy policy, AnchorFile anchors) {
    this(policy, Clock.systemUTC(), anchors);
  }

  public AccessLogWriter(SealPolicy policy, Clock clock, AnchorFile anchors) {
    this.policy = policy;
    this.clock = clock;
    this.anchors = anchors;
  }

  /**
   * Appends the event as the new head, and seals the head when the policy says it is time. The
   * first append of a transaction takes the chain's lock and reads the head and the last seal; the
   * transaction's further appends continue from what it wrote itself, since nobody else can append
   * while it holds the lock.
   *
   * @throws Refusal of kind {@code UNAVAILABLE} when the anchor file cannot be written: the log
   *     takes no entry it could not anchor, so the caller's change is rolled back (fail closed)
   */
  public AccessLogEntry append(EntityManager em, AccessEvent event) {
    anchors.requireWritable();
    Session session = em.unwrap(Session.class);
    Chain chain = chainOf(session);
    long next = chain.sequence + 1;
    AccessLogEntry entry = new AccessLogEntry(next, event, chain.hash);
    Chain written = chain;
    session.doWork(
        c -> {
          insert(c, entry);
          if (policy.isDue(written.lastSeal, next, clock.instant())) {
            written.lastSeal =
                Optional.of(seal(session, c, new Head(next, entry.getHash()), written.lastSeal));
          }
        });
    chain.sequence = next;
    chain.hash = entry.getHash();
    return entry;
  }

  /**
   * Appends the events in the order given, as {@link #append} would one by one, with one check of
   * the anchor file and the inserts sent to the database together (one JDBC batch, split where a
   * seal falls due): for a batch of reads' entries ({@link GroupCommit}), where every round trip is
   * made while the chain's lock is held.
   *
   * @throws Refusal of kind {@code UNAVAILABLE} when the anchor file cannot be written
   */
  public List<AccessLogEntry> appendAll(EntityManager em, List<AccessEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    anchors.requireWritable();
    Session session = em.unwrap(Session.class);
    Chain chain = chainOf(session);
    List<AccessLogEntry> written = new ArrayList<>(events.size());
    session.doWork(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            boolean pending = false;
            for (AccessEvent event : events) {
              long next = chain.sequence + 1;
              AccessLogEntry entry = new AccessLogEntry(next, event, chain.hash);
              bind(c, ps, entry);
              ps.addBatch();
              pending = true;
              chain.sequence = next;
              chain.hash = entry.getHash();
              written.add(entry);
              if (policy.isDue(chain.lastSeal, next, clock.instant())) {
                ps.executeBatch();
                pending = false;
                chain.lastSeal =
                    Optional.of(seal(session, c, new Head(next, entry.getHash()), chain.lastSeal));
              }
            }
            if (pending) {
              ps.executeBatch();
            }
          }
        });
    return written;
  }

  /**
   * The chain as this transaction holds it: on its first append the lock is taken and the head and
   * the last seal are read; after that, what the transaction wrote itself.
   */
  private Chain chainOf(Session session) {
    Chain chain = chains.get(session);
    if (chain == null) {
      chain = session.doReturningWork(AccessLogWriter::lockAndRead);
      chains.put(session, chain);
      session.getTransaction().registerSynchronization(new ForgetChain(session));
    }
    return chain;
  }

  /**
   * Seals the head if entries came in since the last seal, so that a quiet log is sealed too.
   *
   * @return the new seal, or empty when there was nothing new to seal
   */
  public Optional<Seal> sealHead(EntityManager em) {
    return sealHead(em, last -> true);
  }

  /**
   * Seals the head as the schedule does: if entries came in since the last seal and the policy says
   * the schedule's seal is due ({@link SealPolicy#isScheduledSealDue}).
   *
   * @return the new seal, or empty when there was nothing new to seal or it is not due yet
   */
  public Optional<Seal> sealHeadWhenDue(EntityManager em) {
    return sealHead(em, last -> policy.isScheduledSealDue(last, clock.instant()));
  }

  private Optional<Seal> sealHead(EntityManager em, Predicate<Optional<Seal>> due) {
    Session session = em.unwrap(Session.class);
    // a seal made here is not in what the transaction's appends remember: they read again
    chains.remove(session);
    return session.doReturningWork(
        c -> {
          lockChain(c);
          Optional<Head> head = head(c);
          Optional<Seal> last = SealRows.last(c);
          if (head.isEmpty()
              || last.map(s -> s.sequence() >= head.get().sequence()).orElse(false)
              || !due.test(last)) {
            return Optional.<Seal>empty();
          }
          return Optional.of(seal(session, c, head.get(), last));
        });
  }

  private Seal seal(Session session, Connection c, Head head, Optional<Seal> last)
      throws SQLException {
    anchors.requireWritable();
    Seal seal = Seal.next(last, head.sequence(), head.hash(), clock.instant(), policy.keys());
    SealRows.insert(c, seal);
    session.getTransaction().registerSynchronization(new AnchorOnCommit(Anchor.of(seal)));
    return seal;
  }

  /** Writes the anchor once the seal is committed. */
  private final class AnchorOnCommit implements Synchronization {

    private final Anchor anchor;

    AnchorOnCommit(Anchor anchor) {
      this.anchor = anchor;
    }

    @Override
    public void beforeCompletion() {
      // the seal is not final yet
    }

    @Override
    public void afterCompletion(int status) {
      if (status != Status.STATUS_COMMITTED) {
        return;
      }
      LOG.info(() -> "Access log anchor: " + anchor.line());
      try {
        anchors.append(anchor);
      } catch (IOException | RuntimeException e) {
        // the seal stands in the database; the next seal's anchor covers this one's entries too
        LOG.log(
            Level.SEVERE,
            "Could not write the access log anchor to " + anchors + ": " + anchor.line(),
            e);
      }
    }
  }

  /**
   * Writes the entry with one plain insert on the transaction's connection: the entry is never
   * changed again, so the persistence context has nothing to track, and its flush of whatever else
   * the caller changed waits for the commit.
   */
  private static void insert(Connection c, AccessLogEntry entry) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      bind(c, ps, entry);
      ps.executeUpdate();
    }
  }

  private static void bind(Connection c, PreparedStatement ps, AccessLogEntry entry)
      throws SQLException {
    ps.setLong(1, entry.getSequence());
    ps.setObject(2, entry.getOccurredAt().atOffset(ZoneOffset.UTC));
    ps.setString(3, entry.getSubject());
    ps.setString(4, entry.getUsername());
    ps.setString(5, entry.getAction());
    ps.setString(6, entry.getRecordType());
    ps.setString(7, entry.getRecordId());
    ps.setString(8, entry.getOutcome().name());
    ps.setString(9, entry.getClientIp());
    ps.setString(10, entry.getRequestId());
    ps.setString(11, entry.getForwardedRequestId());
    List<String> ids = entry.getRecordIds();
    if (ids == null) {
      ps.setNull(12, Types.ARRAY);
    } else {
      ps.setArray(12, c.createArrayOf("text", ids.toArray()));
    }
    ps.setBytes(13, entry.getPrevHash());
    ps.setBytes(14, entry.getHash());
    ps.setInt(15, entry.getHashEncoding());
  }

  /**
   * Takes the chain's lock and reads the head and the last seal in one round trip, since every
   * round trip made while the lock is held delays every other append. The three statements run one
   * after another, and in read committed each takes its snapshot when it starts, so the reads see
   * what the previous holder of the lock committed.
   */
  private static Chain lockAndRead(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(LOCK_AND_READ);
      if (!s.getMoreResults()) {
        throw new SQLException("no head read after the chain's lock");
      }
      Optional<Head> head;
      try (ResultSet rs = s.getResultSet()) {
        head = rs.next() ? Optional.of(new Head(rs.getLong(1), rs.getBytes(2))) : Optional.empty();
      }
      if (!s.getMoreResults()) {
        throw new SQLException("no seal read after the chain's lock");
      }
      Optional<Seal> lastSeal;
      try (ResultSet rs = s.getResultSet()) {
        lastSeal = rs.next() ? Optional.of(SealRows.read(rs)) : Optional.empty();
      }
      return new Chain(
          head.map(Head::sequence).orElse(0L),
          head.map(Head::hash).orElse(AccessLogEntry.GENESIS),
          lastSeal);
    }
  }

  private static void lockChain(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      ps.setLong(1, CHAIN_LOCK);
      ps.executeQuery().close();
    }
  }

  private static Optional<Head> head(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT sequence, hash FROM access_log ORDER BY sequence DESC LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(new Head(rs.getLong(1), rs.getBytes(2))) : Optional.empty();
    }
  }

  private record Head(long sequence, byte[] hash) {}

  /** The head and the last seal, as one transaction holding the lock sees them. */
  private static final class Chain {
    long sequence;
    byte[] hash;
    Optional<Seal> lastSeal;

    Chain(long sequence, byte[] hash, Optional<Seal> lastSeal) {
      this.sequence = sequence;
      this.hash = hash;
      this.lastSeal = lastSeal;
    }
  }

  /** Once the transaction ends, committed or not, the lock is gone and so is what it knew. */
  private final class ForgetChain implements Synchronization {

    private final Session session;

    ForgetChain(Session session) {
      this.session = session;
    }

    @Override
    public void beforeCompletion() {
      // still locked: nothing to forget yet
    }

    @Override
    public void afterCompletion(int status) {
      chains.remove(session);
    }
  }
}
