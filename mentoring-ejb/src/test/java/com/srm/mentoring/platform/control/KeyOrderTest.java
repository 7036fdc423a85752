package com.srm.mentoring.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.entity.Answer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyOrderTest {

  @Test
  void keysSortAsPostgresSortsUuidsByteByByte() {
    UUID low = UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff");
    UUID high = UUID.fromString("80000000-0000-4000-8000-000000000000");
    assertTrue(low.compareTo(high) > 0, "Java compares the signed halves");
    assertTrue(KeyOrder.DATABASE.compare(low, high) < 0, "PostgreSQL compares unsigned bytes");
    UUID lowTail = UUID.fromString("00000000-0000-4000-7fff-ffffffffffff");
    UUID highTail = UUID.fromString("00000000-0000-4000-8000-000000000000");
    assertTrue(KeyOrder.DATABASE.compare(lowTail, highTail) < 0);
  }

  @Test
  void everyAnswerGetsAFreshKeyAndTheyComeInKeyOrder() {
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      answers.add(new Answer(1 + i % 5, 1 + i / 10, 3));
    }
    List<KeyOrder.Keyed<Answer>> keyed = KeyOrder.keyed(answers);
    assertEquals(answers.size(), keyed.size());
    assertEquals(50, new HashSet<>(keyed.stream().map(KeyOrder.Keyed::id).toList()).size());
    for (int i = 1; i < keyed.size(); i++) {
      assertTrue(KeyOrder.DATABASE.compare(keyed.get(i - 1).id(), keyed.get(i).id()) < 0);
    }
    List<String> given = new ArrayList<>(answers.stream().map(Answer::toString).sorted().toList());
    assertEquals(given, keyed.stream().map(k -> k.value().toString()).sorted().toList());
  }
}
