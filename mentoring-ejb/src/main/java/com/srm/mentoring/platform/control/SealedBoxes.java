package com.srm.mentoring.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The tables where values lie sealed ({@link ContentCipher}) on their way to released figures, as
 * the micro-questions' answers and the objectives' ratings do: an inbox, where answering or rating
 * leaves a value in the transaction that records who gave it, and an outbox, where a released batch
 * waits between the transaction that settles its people and the one that writes its values. A row
 * holds a random key, the cohort, the side ({@code respondent_role}), for an outbox perhaps a tag
 * (the week of the release), and ciphertext: nothing written beside a row naming a person says what
 * they gave. What a sealed value holds is the feature's to say.
 */
@Dependent
public class SealedBoxes {

  @PersistenceContext EntityManager em;

  /** The boxes as seen through the entity manager, for code that runs outside the container. */
  public static SealedBoxes using(EntityManager em) {
    SealedBoxes boxes = new SealedBoxes();
    boxes.em = em;
    return boxes;
  }

  /**
   * One table of sealed values.
   *
   * @param table its name
   * @param tagColumn the column of the tag each row carries, or null
   */
  public record Box(String table, String tagColumn) {

    public Box {
      Objects.requireNonNull(table, "table is required");
    }

    /** A box whose rows carry no tag. */
    public static Box of(String table) {
      return new Box(table, null);
    }

    /** A box whose rows carry a tag in the column. */
    public static Box tagged(String table, String tagColumn) {
      return new Box(table, Objects.requireNonNull(tagColumn, "tag column is required"));
    }
  }

  /** One cohort and side, the values of which are moved on together. */
  public record Group(UUID cohort, String side) {}

  /** A sealed value taken out of a box, with its tag when the box has one. */
  public record Envelope(UUID cohort, String side, String tag, String sealed) {}

  /** Puts a sealed value into the box, under a random key. */
  public void put(Box box, UUID cohort, String side, String sealed) {
    put(box, cohort, side, null, sealed);
  }

  /** Puts a sealed value with its tag into a tagged box, under a random key. */
  public void put(Box box, UUID cohort, String side, String tag, String sealed) {
    if ((box.tagColumn() == null) != (tag == null)) {
      throw new IllegalArgumentException(
          box.table() + ": a tag goes exactly into a box that has a tag column");
    }
    String tagColumn = box.tagColumn() == null ? "" : ", " + box.tagColumn();
    String tagValue = box.tagColumn() == null ? "" : ", ?5";
    var insert =
        em.createNativeQuery(
                "INSERT INTO "
                    + box.table()
                    + " (id, cohort_id, respondent_role"
                    + tagColumn
                    + ", sealed) VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3"
                    + tagValue
                    + ", ?4)")
            .setParameter(1, UUID.randomUUID().toString())
            .setParameter(2, cohort.toString())
            .setParameter(3, side)
            .setParameter(4, sealed);
    if (tag != null) {
      insert.setParameter(5, tag);
    }
    insert.executeUpdate();
  }

  /** Every group with values in the box. */
  public List<Group> groups(Box box) {
    List<Group> groups = new ArrayList<>();
    for (Object item :
        em.createNativeQuery(
                "SELECT DISTINCT CAST(cohort_id AS text), respondent_role FROM " + box.table())
            .getResultList()) {
      Object[] row = (Object[]) item;
      groups.add(new Group(UUID.fromString((String) row[0]), (String) row[1]));
    }
    return groups;
  }

  /** Deletes the group's rows and answers the sealed values they held. */
  public List<String> take(Box box, UUID cohort, String side) {
    List<String> sealed = new ArrayList<>();
    for (Object value :
        em.createNativeQuery(
                "DELETE FROM "
                    + box.table()
                    + " WHERE cohort_id = CAST(?1 AS uuid) AND respondent_role = ?2"
                    + " RETURNING sealed")
            .setParameter(1, cohort.toString())
            .setParameter(2, side)
            .getResultList()) {
      sealed.add((String) value);
    }
    return sealed;
  }

  /** The keys of the rows in the box. */
  public List<UUID> ids(Box box) {
    List<UUID> ids = new ArrayList<>();
    for (Object id :
        em.createNativeQuery("SELECT CAST(id AS text) FROM " + box.table()).getResultList()) {
      ids.add(UUID.fromString((String) id));
    }
    return ids;
  }

  /**
   * Takes the row out, once: empty when it is gone, or another transaction is taking it (it holds
   * the row, and deletes it on commit).
   */
  public Optional<Envelope> take(Box box, UUID id) {
    String tag = box.tagColumn() == null ? "" : ", " + box.tagColumn();
    List<?> found =
        em.createNativeQuery(
                "SELECT CAST(cohort_id AS text), respondent_role, sealed"
                    + tag
                    + " FROM "
                    + box.table()
                    + " WHERE id = CAST(?1 AS uuid) FOR UPDATE SKIP LOCKED")
            .setParameter(1, id.toString())
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) found.get(0);
    em.createNativeQuery("DELETE FROM " + box.table() + " WHERE id = CAST(?1 AS uuid)")
        .setParameter(1, id.toString())
        .executeUpdate();
    return Optional.of(
        new Envelope(
            UUID.fromString((String) row[0]),
            (String) row[1],
            box.tagColumn() == null ? null : (String) row[3],
            (String) row[2]));
  }
}
