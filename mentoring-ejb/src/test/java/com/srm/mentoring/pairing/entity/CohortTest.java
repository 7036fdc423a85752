package com.srm.mentoring.pairing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CohortTest {

  static final LocalDate MARCH = LocalDate.of(2027, 3, 1);
  static final LocalDate JUNE = LocalDate.of(2027, 6, 30);

  @Test
  void newCohortIsADraftWithTheDefaultThreshold() {
    Cohort cohort = new Cohort("  Spring pilot ", MARCH, JUNE);
    assertEquals("Spring pilot", cohort.getName());
    assertEquals(CohortState.DRAFT, cohort.getState());
    assertEquals(Cohort.DEFAULT_THRESHOLD, cohort.getAnonymityThreshold());
    assertNotEquals(new Cohort("Other", MARCH, JUNE).getId(), cohort.getId());
  }

  @Test
  void blankNameIsRefusedNamingTheField() {
    var e = assertThrows(Refusal.class, () -> new Cohort("   ", MARCH, JUNE));
    assertTrue(e.getMessage().startsWith("name"), e.getMessage());
  }

  @Test
  void overlongNameIsRefused() {
    String name = "x".repeat(Cohort.NAME_LENGTH + 1);
    var e = assertThrows(Refusal.class, () -> new Cohort(name, MARCH, JUNE));
    assertTrue(e.getMessage().contains(String.valueOf(Cohort.NAME_LENGTH)), e.getMessage());
  }

  @Test
  void endBeforeStartIsRefused() {
    var e = assertThrows(Refusal.class, () -> new Cohort("Pilot", JUNE, MARCH));
    assertTrue(e.getMessage().contains("endsOn"), e.getMessage());
  }

  @Test
  void aOneDayCohortIsAllowed() {
    Cohort cohort = new Cohort("Workshop", MARCH, MARCH);
    assertEquals(cohort.getStartsOn(), cohort.getEndsOn());
  }

  @Test
  void thresholdNeverDropsBelowThree() {
    Cohort cohort = new Cohort("Pilot", MARCH, JUNE);
    assertThrows(Refusal.class, () -> cohort.changeAnonymityThreshold(2));
    cohort.changeAnonymityThreshold(3);
    assertEquals(3, cohort.getAnonymityThreshold());
  }

  @Test
  void lifecycleOnlyMovesForward() {
    Cohort cohort = new Cohort("Pilot", MARCH, JUNE);
    cohort.nameEscalationContacts(java.util.List.of("erin-subject"));
    assertThrows(Refusal.class, () -> cohort.close(Instant.now()));
    cohort.activate();
    assertEquals(CohortState.ACTIVE, cohort.getState());
    assertThrows(Refusal.class, cohort::activate);
    Instant closing = Instant.parse("2026-06-30T17:00:00Z");
    cohort.close(closing);
    assertEquals(CohortState.CLOSED, cohort.getState());
    assertEquals(closing, cohort.getClosedAt(), "retention counts from the actual closing");
    assertThrows(Refusal.class, cohort::activate);
  }

  @Test
  void closedCohortCannotBeChanged() {
    Cohort cohort = new Cohort("Pilot", MARCH, JUNE);
    cohort.nameEscalationContacts(java.util.List.of("erin-subject"));
    cohort.activate();
    cohort.close(Instant.now());
    assertThrows(Refusal.class, () -> cohort.reschedule(MARCH, MARCH));
    assertThrows(Refusal.class, () -> cohort.changeAnonymityThreshold(7));
    assertEquals(JUNE, cohort.getEndsOn());
    assertEquals(Cohort.DEFAULT_THRESHOLD, cohort.getAnonymityThreshold());
  }

  @Test
  void aCohortIsActivatedOnlyWithANamedEscalationContact() {
    Cohort cohort = new Cohort("Pilot", MARCH, JUNE);
    var e = assertThrows(Refusal.class, cohort::activate);
    assertTrue(e.getMessage().startsWith("escalationContacts"), e.getMessage());
    var none =
        assertThrows(Refusal.class, () -> cohort.nameEscalationContacts(java.util.List.of()));
    assertTrue(none.getMessage().startsWith("escalationContacts"), none.getMessage());
    cohort.nameEscalationContacts(java.util.List.of("erin-subject"));
    cohort.appointFacilitators(java.util.List.of("farid-subject"));
    cohort.activate();
    assertTrue(cohort.isEscalationContact("erin-subject"));
    assertTrue(cohort.isFacilitator("farid-subject"));
    assertEquals(CohortState.ACTIVE, cohort.getState());
  }
}
