package com.srm.mentoring.platform.control;

import java.util.List;

/**
 * A table with columns sealed with the content keys ({@link SealedText}), as the re-sealing job
 * walks it: by its {@code uuid} key {@code id}. A column added to an entity with {@link SealedText}
 * is listed here too, so that rows written before it was sealed are sealed as well.
 */
public record SealedTable(String name, List<String> columns) {

  /**
   * Every sealed column: what people wrote about a concern and the adjustments it led to, and
   * feedback notes.
   */
  public static final List<SealedTable> ALL =
      List.of(
          new SealedTable("concern", List.of("title", "description", "hold_reason")),
          new SealedTable("concern_note", List.of("body")),
          new SealedTable("concern_transition", List.of("note")),
          new SealedTable("pairing_adjustment", List.of("reason", "done_note")),
          new SealedTable("pairing", List.of("format_note", "senior_rating", "junior_rating")),
          new SealedTable("feedback_note", List.of("part_1", "part_2", "part_3", "part_4")));

  public SealedTable {
    columns = List.copyOf(columns);
  }

  /**
   * Rows with a value to seal again, after {@code ?1} in key order, locked and skipping rows
   * another node holds: a plain value (written before content was sealed) or one sealed with a key
   * listed in {@code ?2} (the retired keys still configured). A value of a key not configured is
   * left alone: it cannot be opened.
   */
  public String claim(int batch) {
    StringBuilder stale = new StringBuilder();
    for (String column : columns) {
      stale
          .append(stale.isEmpty() ? "" : " OR ")
          .append("(")
          .append(column)
          .append(" IS NOT NULL AND (")
          .append(column)
          .append(" NOT LIKE 'enc:v1:%' OR split_part(")
          .append(column)
          .append(", ':', 3) = ANY (?)))");
    }
    return "SELECT id, "
        + String.join(", ", columns)
        + " FROM "
        + name
        + " WHERE id > ? AND ("
        + stale
        + ") ORDER BY id LIMIT "
        + batch
        + " FOR UPDATE SKIP LOCKED";
  }

  /** Writes the row's values sealed again: the columns in order, then the id. */
  public String update() {
    return "UPDATE "
        + name
        + " SET "
        + String.join(", ", columns.stream().map(c -> c + " = ?").toList())
        + " WHERE id = ?";
  }

  /** How many values are not sealed with the key {@code ?}: plain, or of any other key. */
  public String remaining() {
    return "SELECT "
        + String.join(
            " + ",
            columns.stream()
                .map(
                    c ->
                        "count(*) FILTER (WHERE "
                            + c
                            + " IS NOT NULL AND ("
                            + c
                            + " NOT LIKE 'enc:v1:%' OR split_part("
                            + c
                            + ", ':', 3) <> ?))")
                .toList())
        + " FROM "
        + name;
  }
}
