package com.srm.mentoring.pulse.control;

import com.srm.mentoring.pulse.entity.Answer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Fresh random keys for answers about to be written, and the order to write them in: the order of
 * the keys as PostgreSQL sorts a {@code uuid} (byte by byte, unsigned), not as {@link
 * UUID#compareTo} does (signed halves). Rows written in that order lie in it, so neither the key
 * order nor the physical order of a table tells anything about the order the answers came in.
 */
public final class KeyOrder {

  /** PostgreSQL's order of {@code uuid} values. */
  public static final Comparator<UUID> DATABASE =
      Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
          .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  private KeyOrder() {}

  /** An answer with the key it is written under. */
  public record Keyed(UUID id, Answer answer) {}

  /**
   * Each answer with a fresh random key ({@link UUID#randomUUID}, from a secure random), sorted by
   * the keys.
   */
  public static List<Keyed> keyed(List<Answer> answers) {
    List<Keyed> keyed = new ArrayList<>();
    for (Answer answer : answers) {
      keyed.add(new Keyed(UUID.randomUUID(), answer));
    }
    keyed.sort(Comparator.comparing(Keyed::id, DATABASE));
    return keyed;
  }
}
