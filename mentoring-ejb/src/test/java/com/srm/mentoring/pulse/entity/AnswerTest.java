package com.srm.mentoring.pulse.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.Refusal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerTest {

  @Test
  void valuesFromOneToFiveAreTaken() {
    Answer answer = Answer.of(1, 5, 3);
    assertEquals(1, answer.value(0));
    assertEquals(5, answer.value(1));
    assertEquals(3, answer.value(2));
  }

  @Test
  void aValueOutOfRangeIsRefusedNamingTheQuestion() {
    var low = assertThrows(Refusal.class, () -> Answer.of(0, 3, 3));
    assertTrue(low.getMessage().startsWith("spokeOpenly"), low.getMessage());
    var high = assertThrows(Refusal.class, () -> Answer.of(3, 6, 3));
    assertTrue(high.getMessage().startsWith("feltHeard"), high.getMessage());
  }

  @Test
  void aMissingValueIsRefusedNamingTheQuestion() {
    var missing = assertThrows(Refusal.class, () -> Answer.of(3, 3, null));
    assertEquals("wouldRecommend is required (1 to 5)", missing.getMessage());
  }

  @Test
  void isoWeeksFollowTheWeekBasedYear() {
    assertEquals("2026-W53", IsoWeek.of(LocalDate.of(2027, 1, 1)));
    assertEquals("2026-W48", IsoWeek.of(LocalDate.of(2026, 11, 27)));
    assertEquals("2025-W01", IsoWeek.of(LocalDate.of(2024, 12, 30)));
  }

  @Test
  void aKeyContainsTheKeysItLeavesOpen() {
    UUID cohort = UUID.randomUUID();
    CellKey all = new CellKey(null, null, null);
    CellKey mentorsInWeek = new CellKey(cohort, RespondentRole.MENTOR, "2026-W48");
    assertTrue(all.contains(mentorsInWeek));
    assertTrue(new CellKey(cohort, null, "2026-W48").contains(mentorsInWeek));
    assertTrue(!mentorsInWeek.contains(new CellKey(cohort, null, "2026-W48")));
    assertEquals(7, mentorsInWeek.parents().size());
    assertTrue(mentorsInWeek.parents().stream().allMatch(p -> p.contains(mentorsInWeek)));
  }
}
