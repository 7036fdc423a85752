package com.srm.mentoring.identity.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * A bounded map from bearer token to what was learnt from it, each entry kept until the token
 * expires. Plain logic, so that expiry and the bound can be tested without a server.
 *
 * <p>Keyed by the whole token: a hit means these very bytes were verified before, so nothing a
 * forger could vary ever matches. When full, expired entries go first and then those closest to
 * expiry, down to nine tenths of the bound, so that a full cache is trimmed rarely rather than on
 * every new token.
 *
 * @param <V> what is kept per token
 */
public final class TokenCache<V> {

  private record Entry<V>(V value, Instant expiresAt) {}

  private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
  private final int maxEntries;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  public TokenCache(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("a cache holds at least one token: " + maxEntries);
    }
    this.maxEntries = maxEntries;
  }

  /** What was kept for the token, unless it has expired by {@code now}; counts a hit or a miss. */
  public V get(String token, Instant now) {
    Entry<V> entry = entries.get(token);
    if (entry == null || !now.isBefore(entry.expiresAt())) {
      if (entry != null) {
        entries.remove(token, entry);
      }
      misses.increment();
      return null;
    }
    hits.increment();
    return entry.value();
  }

  /** Keeps the value for the token until {@code expiresAt}; nothing for a token already expired. */
  public void put(String token, V value, Instant expiresAt, Instant now) {
    if (!now.isBefore(expiresAt)) {
      return;
    }
    if (entries.size() >= maxEntries && !entries.containsKey(token)) {
      trim(now);
    }
    entries.put(token, new Entry<>(value, expiresAt));
  }

  /**
   * Keeps the value for the token unless a live one is kept already; answers the one kept, or the
   * value itself for a token already expired.
   */
  public V keep(String token, V value, Instant expiresAt, Instant now) {
    if (!now.isBefore(expiresAt)) {
      return value;
    }
    if (entries.size() >= maxEntries && !entries.containsKey(token)) {
      trim(now);
    }
    return entries
        .compute(
            token,
            (key, known) ->
                known != null && now.isBefore(known.expiresAt())
                    ? known
                    : new Entry<>(value, expiresAt))
        .value();
  }

  /** Forgets every token whose value matches, such as all tokens of one person. */
  public void removeIf(Predicate<V> matching) {
    entries.values().removeIf(entry -> matching.test(entry.value()));
  }

  /** Forgets the one token. */
  public void remove(String token) {
    entries.remove(token);
  }

  public int size() {
    return entries.size();
  }

  public int maxEntries() {
    return maxEntries;
  }

  /** How many lookups found a live entry, since the start. */
  public long hits() {
    return hits.sum();
  }

  /** How many lookups found nothing or an expired entry, since the start. */
  public long misses() {
    return misses.sum();
  }

  private synchronized void trim(Instant now) {
    if (entries.size() < maxEntries) {
      return; // another thread trimmed meanwhile
    }
    entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
    int keep = Math.max(0, maxEntries * 9 / 10 - 1);
    int excess = entries.size() - keep;
    if (excess > 0) {
      entries.entrySet().stream()
          .sorted(Comparator.comparing(e -> e.getValue().expiresAt()))
          .limit(excess)
          .map(Map.Entry::getKey)
          .toList()
          .forEach(entries::remove);
    }
  }
}
