package com.srm.mentoring.identity.control;

import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.PersonDeactivated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Makes an API call cheap: per bearer token, the verified token and what the caller's person record
 * said, kept until the token expires ({@link TokenCache}, bounded by {@code
 * mentoring.identity.token-cache-size}) or the record changes.
 *
 * <p>How a change reaches every node: the record's optimistic-lock {@code version}, which Hibernate
 * raises in the same transaction as every change of the person (deactivation by the directory sync
 * or HR, a role given or taken away, the sync's updates), is read on every call, one primary-key
 * lookup of one column over a pooled connection, and compared with the version remembered. A
 * different version, on whichever node the change was made, drops what was remembered and reads the
 * record again. This was chosen over Payara's clustered CDI event bus ({@code
 * fish.payara.micro.cdi.Outbound}/{@code Inbound}) and over JCache on Payara's Hazelcast: the bus
 * delivers after the change's transaction, asynchronously, so another node could still let a
 * deactivated person in for a moment, and Micro started with {@code --nocluster} or the full server
 * running the EAR has no bus at all; a JCache lookup is a network hop to the member owning the key
 * on every call anyway, with the same gap when the cluster splits. The database is the one place
 * every node already asks and that changes in the same transaction, so nothing can be let in after
 * a change has been committed. What stays saved per call: the signature check of the token, and the
 * transaction that reads and refreshes the record with its roles.
 */
@ApplicationScoped
public class VerifiedCallers {

  private static final String VERSION_OF =
      "SELECT version FROM person WHERE subject = ?"; // the primary key: one index probe

  @Inject TokenVerifier verifier;

  @Inject
  @ConfigProperty(name = "mentoring.identity.token-cache-size", defaultValue = "10000")
  int maxEntries;

  /** The application's data source (see {@code platform.boundary.Database}). */
  @Resource(lookup = "java:app/jdbc/mentoring")
  DataSource database;

  private TokenCache<VerifiedCaller> cache;
  private final LongAdder recordReads = new LongAdder();

  /** Locks for refreshing records, a person's always the same one. */
  private final Object[] stripes = Stream.generate(Object::new).limit(64).toArray();

  @Inject MetricRegistry metrics;

  /** Metric: API calls whose verified token this node had kept. */
  public static final String HITS = "srm_token_cache_hits";

  /** Metric: API calls whose token this node verified afresh (first seen, or expired). */
  public static final String MISSES = "srm_token_cache_misses";

  /** Metric: person records read and refreshed because they were new or had changed. */
  public static final String RECORD_READS = "srm_caller_record_reads";

  @PostConstruct
  void create() {
    cache = new TokenCache<>(maxEntries);
    metrics.gauge(HITS, this, VerifiedCallers::hits);
    metrics.gauge(MISSES, this, VerifiedCallers::misses);
    metrics.gauge(RECORD_READS, this, VerifiedCallers::recordReads);
  }

  /** The token's caller if the token is valid for the API, from the cache when seen before. */
  public Optional<VerifiedCaller> verify(String token) {
    VerifiedCaller known = cache.get(token, Instant.now());
    if (known != null) {
      return Optional.of(known);
    }
    // the same token verified by calls arriving together: all go on with the one kept
    return verifier
        .verify(token)
        .map(VerifiedCaller::new)
        .map(caller -> cache.keep(token, caller, caller.token().expiresAt(), Instant.now()));
  }

  /**
   * Whether the caller's person record lets them in now. The record is created or refreshed from
   * the token by {@code refresh} on the token's first call and whenever it changed since; otherwise
   * the remembered answer holds, its version checked against the database first.
   */
  public boolean letsIn(VerifiedCaller caller, Supplier<Person> refresh) {
    VerifiedCaller.Seen seen = caller.seen;
    if (isCurrent(caller, seen)) {
      return seen.active();
    }
    // one refresh per person at a time on this node: calls arriving together would otherwise all
    // create or update the same record at once, and all but one fail on its key or version
    synchronized (stripes[Math.floorMod(caller.token().subject().hashCode(), stripes.length)]) {
      seen = caller.seen;
      if (isCurrent(caller, seen)) {
        return seen.active();
      }
      recordReads.increment();
      Person person = refresh.get();
      caller.seen = new VerifiedCaller.Seen(person.getVersion(), person.isActive());
      return person.isActive();
    }
  }

  private boolean isCurrent(VerifiedCaller caller, VerifiedCaller.Seen seen) {
    return seen != null && versionOf(caller.token().subject()).orElse(-1) == seen.version();
  }

  /** Drops every token of the person at once on this node; the version check covers the others. */
  public void forget(String subject) {
    cache.removeIf(caller -> caller.token().subject().equals(subject));
  }

  /** The directory sync or HR deactivated the person: their tokens go now, not at the next call. */
  void deactivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonDeactivated event) {
    forget(event.subject());
  }

  /** Calls answered from the cache, for a metric. */
  public long hits() {
    return cache.hits();
  }

  /** Calls whose token was not in the cache (first seen, or expired), for a metric. */
  public long misses() {
    return cache.misses();
  }

  /** How often a person record was read and refreshed because it was new or had changed. */
  public long recordReads() {
    return recordReads.sum();
  }

  /** How many tokens are remembered now. */
  public int size() {
    return cache.size();
  }

  private OptionalLong versionOf(String subject) {
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement(VERSION_OF)) {
      query.setString(1, subject);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the version of a person record", e);
    }
  }
}
