package com.srm.mentoring.pairing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.identity.entity.PersonName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CohortDetailTest {

  static final Map<String, PersonName> NAMES =
      Map.of(
          "s-farid", new PersonName("farid", "Farid Haddad"),
          "s-erin", new PersonName("erin", "Erin Brooks"),
          "s-ada", new PersonName("ada", "Ada Lind"));

  Cohort cohort = new Cohort("Spring pilot", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30));

  {
    cohort.appointFacilitators(List.of("s-farid", "s-ada"));
    cohort.nameEscalationContacts(List.of("s-erin"));
  }

  @Test
  void itsPeopleAreNamedByDisplayName() {
    CohortDetail read = CohortDetail.of(cohort, false, NAMES);
    assertEquals(
        List.of("Ada Lind", "Farid Haddad"),
        read.facilitators().stream().map(PersonName::displayName).toList());
    assertEquals("erin", read.escalationContacts().get(0).username());
  }

  @Test
  void onlyHrActivatesADraftClosesARunningCohortAndFormsPairingsUntilItCloses() {
    assertTrue(CohortDetail.of(cohort, true, NAMES).mayActivate());
    assertFalse(CohortDetail.of(cohort, true, NAMES).mayClose());
    assertTrue(CohortDetail.of(cohort, true, NAMES).mayFormPairings());
    assertFalse(CohortDetail.of(cohort, false, NAMES).mayActivate());
    assertFalse(CohortDetail.of(cohort, false, NAMES).mayFormPairings());

    cohort.activate();
    assertFalse(CohortDetail.of(cohort, true, NAMES).mayActivate());
    assertTrue(CohortDetail.of(cohort, true, NAMES).mayClose());
    assertFalse(CohortDetail.of(cohort, false, NAMES).mayClose());

    cohort.close(Instant.parse("2027-07-01T00:00:00Z"));
    assertFalse(CohortDetail.of(cohort, true, NAMES).mayClose());
    assertFalse(CohortDetail.of(cohort, true, NAMES).mayFormPairings());
  }
}
