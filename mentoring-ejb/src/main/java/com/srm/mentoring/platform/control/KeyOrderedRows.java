package com.srm.mentoring.platform.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Writes values as rows with fresh random keys, in the order of the keys ({@link KeyOrder}), and
 * makes sure they lie in that order: PostgreSQL fills a page in the order rows come, but may go on
 * in an earlier page with room left, so rows found out of order are deleted and written again with
 * new keys (their space is taken now, so the next try goes elsewhere). The rows' physical order
 * then follows random keys, never the order the values came in (micro-question answers, ratings).
 */
public final class KeyOrderedRows {

  /** More than the free pages of a table can defeat: each failed try uses some of them up. */
  static final int ATTEMPTS = 16;

  private KeyOrderedRows() {}

  /**
   * Writes the values into {@code table}, whose key is the {@code uuid} column {@code id}; {@code
   * insert} writes one row under the key it is given.
   *
   * @throws IllegalStateException when the rows could not be laid out in key order; the caller's
   *     transaction rolls back and the next round tries again
   */
  public static <T> void write(
      EntityManager em, String table, List<T> values, Consumer<KeyOrder.Keyed<T>> insert) {
    if (values.isEmpty()) {
      return;
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      List<KeyOrder.Keyed<T>> rows = KeyOrder.keyed(values);
      rows.forEach(insert);
      String ids =
          rows.stream().map(row -> row.id().toString()).collect(Collectors.joining(",", "{", "}"));
      List<String> expected = rows.stream().map(row -> row.id().toString()).toList();
      List<?> physical =
          em.createNativeQuery(
                  "SELECT CAST(id AS text) FROM "
                      + table
                      + " WHERE id = ANY(CAST(?1 AS uuid[])) ORDER BY ctid")
              .setParameter(1, ids)
              .getResultList();
      if (physical.equals(expected)) {
        return;
      }
      em.createNativeQuery("DELETE FROM " + table + " WHERE id = ANY(CAST(?1 AS uuid[]))")
          .setParameter(1, ids)
          .executeUpdate();
    }
    throw new IllegalStateException(
        table + ": could not lay " + values.size() + " rows out in the order of their keys");
  }
}
