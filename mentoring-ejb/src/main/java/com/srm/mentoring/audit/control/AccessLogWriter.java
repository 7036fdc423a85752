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
import java.time.Clock;
import java.util.Optional;
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
 * <p>Once a transaction that made a seal has committed, the seal is written as an anchor to the
 * anchor file and to the server log: outside the database, where cutting the log's end off together
 * with its newest seals still shows. Not before the commit, as an anchor of a seal that was rolled
 * back would vouch for entries that never were.
 */
public final class AccessLogWriter {

  /** The advisory lock's key: any fixed number no other part of the product uses. */
  static final long CHAIN_LOCK = 0x5352_4D5F_4C4F_47L;

  private static final Logger LOG = Logger.getLogger(AccessLogWriter.class.getName());

  private final SealPolicy policy;
  private final Clock clock;
  private final AnchorFile anchors;

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
   * Appends the event as the new head, and seals the head when the policy says it is time.
   *
   * @throws Refusal of kind {@code UNAVAILABLE} when the anchor file cannot be written: the log
   *     takes no entry it could not anchor, so the caller's change is rolled back (fail closed)
   */
  public AccessLogEntry append(EntityManager em, AccessEvent event) {
    anchors.requireWritable();
    Session session = em.unwrap(Session.class);
    Optional<Head> head =
        session.doReturningWork(
            c -> {
              lockChain(c);
              return head(c);
            });
    long next = head.map(h -> h.sequence() + 1).orElse(1L);
    AccessLogEntry entry =
        new AccessLogEntry(next, event, head.map(Head::hash).orElse(AccessLogEntry.GENESIS));
    em.persist(entry);
    em.flush();
    session.doWork(
        c -> {
          Optional<Seal> last = SealRows.last(c);
          if (policy.isDue(last, next, clock.instant())) {
            seal(session, c, new Head(next, entry.getHash()), last);
          }
        });
    return entry;
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
}
