package com.srm.mentoring.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.escalation.entity.Concern;
import com.srm.mentoring.escalation.entity.ConcernNote;
import com.srm.mentoring.escalation.entity.Transition;
import com.srm.mentoring.pairing.entity.Adjustment;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.session.entity.FeedbackNote;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SealedTableTest {

  /** Every entity with a sealed attribute, as the re-sealing job must know it. */
  static final List<Class<?>> SEALING =
      List.of(
          Concern.class,
          ConcernNote.class,
          Transition.class,
          Adjustment.class,
          Pairing.class,
          FeedbackNote.class);

  @Test
  void theJobWalksEverySealedColumnOfTheEntitiesAsTextColumns() {
    Map<String, TreeSet<String>> sealed = new TreeMap<>();
    for (Class<?> entity : SEALING) {
      String table = entity.getAnnotation(Table.class).name();
      for (Field field : fieldsOf(entity)) {
        Convert convert = field.getAnnotation(Convert.class);
        if (convert != null && convert.converter() == SealedText.class) {
          Column column = field.getAnnotation(Column.class);
          assertEquals("text", column.columnDefinition(), table + "." + field.getName());
          String name = column.name().isEmpty() ? field.getName() : column.name();
          sealed.computeIfAbsent(table, t -> new TreeSet<>()).add(name);
        }
      }
    }
    Map<String, TreeSet<String>> walked = new TreeMap<>();
    SealedTable.ALL.forEach(t -> walked.put(t.name(), new TreeSet<>(t.columns())));
    assertEquals(sealed, walked);
  }

  /** The entity's own fields, and those of the embeddables it maps into its table. */
  private static List<Field> fieldsOf(Class<?> entity) {
    List<Field> fields = new ArrayList<>();
    for (Field field : entity.getDeclaredFields()) {
      if (field.isAnnotationPresent(Embedded.class)) {
        fields.addAll(List.of(field.getType().getDeclaredFields()));
      } else {
        fields.add(field);
      }
    }
    return fields;
  }

  @Test
  void aRowIsClaimedForAPlainValueOrOneOfARetiredKeyAfterTheLastKeySkippingLockedRows() {
    String claim = new SealedTable("concern_note", List.of("body")).claim(50);
    assertEquals(
        "SELECT id, body FROM concern_note WHERE id > ? AND ((body IS NOT NULL AND (body NOT LIKE"
            + " 'enc:v1:%' OR split_part(body, ':', 3) = ANY (?)))) ORDER BY id LIMIT 50"
            + " FOR UPDATE SKIP LOCKED",
        claim);
    assertTrue(
        new SealedTable("t", List.of("a", "b"))
            .update()
            .equals("UPDATE t SET a = ?, b = ? WHERE id = ?"));
  }
}
