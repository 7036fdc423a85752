package com.srm.mentoring.platform.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Fresh random keys for values about to be written (micro-question answers, ratings), and the order
 * to write them in: the order of the keys as PostgreSQL sorts a {@code uuid} (byte by byte,
 * unsigned), not as {@link UUID#compareTo} does (signed halves). Rows written in that order lie in
 * it, so neither the key order nor the physical order of a table tells anything about the order the
 * values came in.
 */
public final class KeyOrder {

  /** PostgreSQL's order of {@code uuid} values. */
  public static final Comparator<UUID> DATABASE =
      Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
          .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  private KeyOrder() {}

  /** A value with the key it is written under. */
  public record Keyed<T>(UUID id, T value) {}

  /**
   * Each value with a fresh random key ({@link UUID#randomUUID}, from a secure random), sorted by
   * the keys.
   */
  public static <T> List<Keyed<T>> keyed(List<T> values) {
    List<Keyed<T>> keyed = new ArrayList<>();
    for (T value : values) {
      keyed.add(new Keyed<>(UUID.randomUUID(), value));
    }
    keyed.sort(Comparator.comparing(Keyed<T>::id, DATABASE));
    return keyed;
  }
}
