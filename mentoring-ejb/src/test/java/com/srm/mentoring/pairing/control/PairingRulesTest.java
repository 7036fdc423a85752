package com.srm.mentoring.pairing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.entity.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per pairing rule (docs/rules.md, pairings), and the reporting-line walk over a broken
 * directory.
 */
class PairingRulesTest {

  Directory directory;
  Cohort cohort;
  Person jun;
  Person sam;
  Person farid;

  @BeforeEach
  void demoDirectory() {
    directory = new Directory();
    directory.add("victor", 10, null);
    directory.add("lena", 7, "victor");
    jun = directory.add("jun", 3, "lena");
    directory.add("fiona", 10, null);
    sam = directory.add("sam", 9, "fiona");
    directory.add("ken", 4, "sam");
    farid = directory.add("farid", 6, "olga", Roles.EMPLOYEE, Roles.FACILITATOR);
    cohort = new Cohort("Pilot", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30));
    cohort.appointFacilitators(List.of(farid.getSubject()));
    cohort.nameEscalationContacts(List.of("erin-subject"));
  }

  Refusal refused(Person mentor, Person mentee) {
    return assertThrows(
        Refusal.class, () -> directory.rules().check(cohort, mentor, mentee, farid));
  }

  Person p(String username) {
    return directory.people.get(username);
  }

  @Test
  void aJuniorOutsideTheReportingLineMentorsASenior() {
    directory.rules().check(cohort, jun, sam, farid);
  }

  @Test
  void bothMustHaveSignedTheCharterInForce() {
    directory.unsigned.add("sam");
    Refusal refused = refused(jun, sam);
    assertEquals(Rule.CHARTER_SIGNED.label(), refused.field());
    assertEquals(List.of("sam"), refused.people());
    assertTrue(refused.getMessage().startsWith("charter-signed: sam"), refused.getMessage());
  }

  @Test
  void theMentorIsGradedBelowTheMentee() {
    Refusal refused = refused(sam, jun);
    assertEquals(Rule.GRADE_ORDER.label(), refused.field());
    assertTrue(refused.getMessage().contains("sam (grade 9)"), refused.getMessage());
    assertTrue(refused.getMessage().contains("jun (grade 3)"), refused.getMessage());

    Person peer = directory.add("peer", 9, "victor");
    assertEquals(
        Rule.GRADE_ORDER.label(), refused(peer, sam).field(), "an equal grade is not below");
    Person unknown = directory.add("nograde", null, "victor");
    assertEquals(
        Rule.GRADE_ORDER.label(), refused(unknown, sam).field(), "an unknown grade is refused");
  }

  @Test
  void theMenteeIsNotAboveTheMentorInTheirReportingLine() {
    Refusal direct = refused(p("ken"), sam);
    assertEquals(Rule.REPORTING_LINE.label(), direct.field());
    assertEquals(List.of("ken", "sam"), direct.people());
    assertTrue(direct.getMessage().contains("ken and sam"), direct.getMessage());
    // two levels up: jun reports to lena, who reports to victor
    assertEquals(Rule.REPORTING_LINE.label(), refused(jun, p("victor")).field());
  }

  @Test
  void theMentorIsNotAboveTheMenteeInTheirReportingLine() {
    // a manager graded below the person reporting to them, as a directory may well say
    Person boss = directory.add("boss", 5, null);
    Person sub = directory.add("sub", 2, "boss");
    Person mentee = directory.add("mentee", 8, "sub");
    assertEquals(Rule.REPORTING_LINE.label(), refused(sub, mentee).field());
    assertEquals(Rule.REPORTING_LINE.label(), refused(boss, mentee).field());
  }

  @Test
  void nobodyIsInTwoActivePairingsOfOneCohort() {
    directory.active.add(
        new Pairing(cohort.getId(), jun.getSubject(), "x", farid.getSubject(), Instant.now()));
    Refusal refused = refused(jun, sam);
    assertEquals(Rule.ONE_ACTIVE_PAIRING.label(), refused.field());
    assertEquals(List.of("jun"), refused.people());

    directory.active.clear();
    directory.active.add(
        new Pairing(cohort.getId(), "y", sam.getSubject(), farid.getSubject(), Instant.now()));
    assertEquals(List.of("sam"), refused(jun, sam).people(), "as mentee just the same");
  }

  @Test
  void theSameActivePairingInAnotherCohortDoesNotCount() {
    directory.active.add(
        new Pairing(
            java.util.UUID.randomUUID(),
            jun.getSubject(),
            sam.getSubject(),
            farid.getSubject(),
            Instant.now()));
    directory.rules().check(cohort, jun, sam, farid);
  }

  @Test
  void bothAreActiveInTheDirectory() {
    Person gone = directory.add("gone", 2, "olga", false);
    Refusal refused = refused(gone, sam);
    assertEquals(Rule.ACTIVE_IN_DIRECTORY.label(), refused.field());
    assertEquals(List.of("gone"), refused.people());
  }

  @Test
  void nobodyMentorsThemselves() {
    assertEquals(Rule.DISTINCT_PEOPLE.label(), refused(jun, jun).field());
  }

  @Test
  void theFacilitatorIsOneOfTheCohorts() {
    Person other = directory.add("tom", 5, "olga", Roles.EMPLOYEE, Roles.FACILITATOR);
    Refusal refused =
        assertThrows(Refusal.class, () -> directory.rules().check(cohort, jun, sam, other));
    assertEquals(Rule.COHORT_FACILITATOR.label(), refused.field());
    assertEquals(List.of("tom"), refused.people());
  }

  @Test
  void aClosedCohortTakesNoPairings() {
    cohort.activate();
    cohort.close(Instant.now());
    assertEquals(Rule.COHORT_OPEN.label(), refused(jun, sam).field());
  }

  @Test
  void aCycleInTheManagerChainNeitherHangsNorCrashes() {
    Person a = directory.add("a", 2, "b");
    directory.add("b", 4, "c");
    directory.add("c", 5, "a");
    Person outsider = directory.add("outsider", 9, "fiona");
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertFalse(PairingRules.inReportingLine(a, "outsider", directory::byUsername));
          assertTrue(PairingRules.inReportingLine(a, "c", directory::byUsername));
          directory.rules().check(cohort, a, outsider, farid);
          // the cycle still counts as a reporting line for those in it
          assertEquals(Rule.REPORTING_LINE.label(), refused(a, p("c")).field());
        });
  }

  @Test
  void aManagerTheDirectoryDoesNotKnowEndsTheWalk() {
    Person orphan = directory.add("orphan", 2, "nobody-known");
    assertFalse(PairingRules.inReportingLine(orphan, "sam", directory::byUsername));
    assertTrue(PairingRules.inReportingLine(orphan, "nobody-known", directory::byUsername));
    directory.rules().check(cohort, orphan, sam, farid);
  }
}
