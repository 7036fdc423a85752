package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.AccessEvent;
import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.Seal;
import com.srm.mentoring.audit.entity.SealPolicy;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.hibernate.Session;

/**
 * Appends to the access log and seals its head, in the caller's transaction. Appends are serialized
 * by a PostgreSQL advisory lock held until the transaction ends, so that the chain stays strictly
 * sequential with any number of threads and application instances on one database; a JVM lock could
 * not do that.
 */
public final class AccessLogWriter {

  /** The advisory lock's key: any fixed number no other part of the product uses. */
  static final long CHAIN_LOCK = 0x5352_4D5F_4C4F_47L;

  private static final Logger LOG = Logger.getLogger(AccessLogWriter.class.getName());

  private final SealPolicy policy;
  private final Clock clock;

  public AccessLogWriter(SealPolicy policy) {
    this(policy, Clock.systemUTC());
  }

  public AccessLogWriter(SealPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /** Appends the event as the new head, and seals the head when the policy says it is time. */
  public AccessLogEntry append(EntityManager em, AccessEvent event) {
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
            seal(c, new Head(next, entry.getHash()), last);
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
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              lockChain(c);
              Optional<Head> head = head(c);
              Optional<Seal> last = SealRows.last(c);
              if (head.isEmpty()
                  || last.map(s -> s.sequence() >= head.get().sequence()).orElse(false)) {
                return Optional.<Seal>empty();
              }
              return Optional.of(seal(c, head.get(), last));
            });
  }

  private Seal seal(Connection c, Head head, Optional<Seal> last) throws SQLException {
    Seal seal = Seal.next(last, head.sequence(), head.hash(), clock.instant(), policy.keys());
    SealRows.insert(c, seal);
    // the server log keeps a copy outside the database: an anchor against cutting off seals too
    LOG.info(
        () ->
            "Access log sealed through entry "
                + seal.sequence()
                + " (seal "
                + seal.number()
                + ", key "
                + seal.keyId()
                + ", mac "
                + HexFormat.of().formatHex(seal.mac())
                + ")");
    return seal;
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
