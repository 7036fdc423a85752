package com.srm.mentoring.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonTest {

  static final DirectoryEntry JUN =
      new DirectoryEntry(
          "jun",
          "Jun Takahashi",
          "Engineering",
          3,
          "lena",
          true,
          Set.of("employee"),
          null,
          null,
          null);

  @Test
  void firstSignInTakesOverTheDirectory() {
    Person jun = new Person("sub-1", JUN);
    assertEquals("jun", jun.getUsername());
    assertEquals("Jun Takahashi", jun.getDisplayName());
    assertEquals(3, jun.getGrade());
    assertEquals("lena", jun.getManagerUsername());
    assertTrue(jun.isActive());
  }

  @Test
  void refreshReportsWhetherAnythingChanged() {
    Person jun = new Person("sub-1", JUN);
    assertFalse(jun.refresh(JUN));
    assertTrue(
        jun.refresh(
            new DirectoryEntry(
                "jun",
                "Jun Takahashi",
                "Engineering",
                4,
                "lena",
                true,
                Set.of("employee"),
                null,
                null,
                null)));
    assertEquals(4, jun.getGrade());
  }

  @Test
  void disabledInTheDirectoryMeansInactive() {
    Person jun = new Person("sub-1", JUN);
    jun.refresh(
        new DirectoryEntry(
            "jun",
            "Jun Takahashi",
            "Engineering",
            3,
            "lena",
            false,
            Set.of("employee"),
            null,
            null,
            null));
    assertFalse(jun.isActive());
  }

  @Test
  void gradeOutsideTheScaleIsUnknownNotGuessed() {
    Person jun =
        new Person(
            "sub-1",
            new DirectoryEntry(
                "jun", "Jun", null, 11, null, true, Set.of("employee"), null, null, null));
    assertNull(jun.getGrade());
    assertNull(DirectoryEntry.parseGrade("three"));
    assertEquals(7, DirectoryEntry.parseGrade(" 7 "));
  }

  @Test
  void missingDisplayNameFallsBackToTheUsername() {
    Person jun =
        new Person(
            "sub-1",
            new DirectoryEntry(
                "jun", " ", null, null, null, true, Set.of("employee"), null, null, null));
    assertEquals("jun", jun.getDisplayName());
  }

  @Test
  void subjectAndUsernameAreRequired() {
    assertThrows(Refusal.class, () -> new Person(" ", JUN));
    var noName =
        new DirectoryEntry(null, "X", null, null, null, true, Set.of("employee"), null, null, null);
    assertThrows(Refusal.class, () -> new Person("sub-1", noName));
  }

  @Test
  void releasedUsernameLeavesAnInactiveRecordNobodyCanSignInAs() {
    Person old = new Person("sub-old", JUN);
    old.releaseUsername();
    assertEquals("~sub-old", old.getUsername());
    assertFalse(old.isActive());
  }

  static DirectoryEntry junWith(Set<String> roles, Instant statedAt) {
    return new DirectoryEntry(
        "jun", "Jun Takahashi", "Engineering", 3, "lena", true, roles, statedAt, null, null);
  }

  @Test
  void rolesComeFromTheDirectoryAndUnknownGroupsAreIgnored() {
    Person jun = new Person("sub-1", junWith(Set.of("employee", "chess-club"), null));
    assertEquals(List.of("employee"), jun.getRoles());
    assertTrue(jun.holdsAnyOf(List.of("employee", "auditor")));
    assertFalse(jun.holdsAnyOf(List.of("hr-admin")));
  }

  @Test
  void aTokenIssuedBeforeARemovalDoesNotBringTheRoleBack() {
    Instant issued = Instant.now().minusSeconds(60);
    Person jun = new Person("sub-1", junWith(Set.of("employee", "facilitator"), issued));
    jun.revokeRole("facilitator");
    jun.refresh(junWith(Set.of("employee", "facilitator"), issued));
    assertEquals(List.of("employee"), jun.getRoles());
    jun.refresh(junWith(Set.of("employee", "facilitator"), Instant.now().plusSeconds(1)));
    assertEquals(List.of("employee", "facilitator"), jun.getRoles());
  }

  @Test
  void inactivePeopleHoldNoRole() {
    Person jun = new Person("sub-1", junWith(Set.of("employee"), null));
    jun.deactivate();
    assertFalse(jun.holdsAnyOf(List.of("employee")));
  }

  @Test
  void onlyKnownRolesCanBeGranted() {
    Person jun = new Person("sub-1", junWith(Set.of("employee"), null));
    assertThrows(Refusal.class, () -> jun.grantRole("owner"));
    jun.grantRole("auditor");
    assertEquals(List.of("employee", "auditor"), jun.getRoles());
  }

  static DirectoryEntry jun(boolean enabled, Instant statedAt) {
    return new DirectoryEntry(
        "jun",
        "Jun Takahashi",
        "Engineering",
        3,
        "lena",
        enabled,
        Set.of("employee"),
        statedAt,
        null,
        null);
  }

  @Test
  void aTokenIssuedBeforeTheDeactivationDoesNotMakeThePersonActiveAgain() {
    Instant tokenIssued = Instant.now().minusSeconds(60);
    Person jun = new Person("sub-1", jun(true, tokenIssued));
    jun.refresh(jun(false, Instant.now().minusSeconds(30)));
    assertFalse(jun.isActive());

    assertFalse(jun.refresh(jun(true, tokenIssued)), "a stale token changes nothing");
    assertFalse(jun.isActive());
    assertFalse(jun.holdsAnyOf(List.of("employee")));
  }

  @Test
  void theDirectoryOrALaterTokenMakesThePersonActiveAgain() {
    Person jun = new Person("sub-1", jun(true, Instant.now().minusSeconds(60)));
    jun.refresh(jun(false, Instant.now().minusSeconds(30)));
    assertTrue(jun.refresh(jun(true, Instant.now().minusSeconds(10))));
    assertTrue(jun.isActive());

    Person sam = new Person("sub-2", jun(true, Instant.now().minusSeconds(60)));
    sam.deactivate();
    sam.refresh(jun(true, Instant.now().minusSeconds(5)));
    assertFalse(sam.isActive(), "gone from the directory after that token was issued");
    sam.refresh(jun(true, Instant.now().plusSeconds(1)));
    assertTrue(sam.isActive());
  }

  @Test
  void theMailboxComesFromTheDirectoryAndAStatementWithoutOneKeepsIt() {
    Person jun = new Person("sub-1", JUN);
    assertNull(jun.getEmail(), "no mailbox until the directory names one");
    assertTrue(
        jun.refresh(
            new DirectoryEntry(
                "jun",
                "Jun Takahashi",
                "Engineering",
                3,
                "lena",
                true,
                Set.of("employee"),
                null,
                " jun.takahashi@corp.example ",
                null)));
    assertEquals("jun.takahashi@corp.example", jun.getEmail());
    assertFalse(jun.refresh(JUN), "a token without the e-mail scope changes nothing");
    assertEquals("jun.takahashi@corp.example", jun.getEmail());
  }

  @Test
  void theLanguageComesFromTheProfileAsItsCodeAndAStatementWithoutOneKeepsIt() {
    Person jun = new Person("sub-1", JUN);
    assertEquals(Optional.empty(), jun.language(), "no language until the directory names one");
    assertTrue(
        jun.refresh(
            new DirectoryEntry(
                "jun",
                "Jun Takahashi",
                "Engineering",
                3,
                "lena",
                true,
                Set.of("employee"),
                null,
                null,
                "de_CH")));
    assertEquals(Optional.of(Locale.GERMAN), jun.language());
    assertFalse(jun.refresh(JUN), "a token without the locale claim changes nothing");
    assertFalse(jun.takeLanguageFrom("de"), "the same language is no change");
    assertEquals(Optional.of(Locale.GERMAN), jun.language());
  }

  @Test
  void someoneGivenTwoOfTheSeparatedRolesActsInNeitherUntilOneIsRemoved() {
    Person hana =
        new Person(
            "s-hana",
            new DirectoryEntry(
                "hana",
                "Hana",
                null,
                8,
                null,
                true,
                Set.of("employee", "hr-admin"),
                null,
                null,
                null));
    assertTrue(hana.holds(Roles.HR_ADMIN));
    assertFalse(hana.hasRoleConflict());

    hana.grantRole(Roles.ESCALATION_CONTACT);
    assertTrue(hana.hasRoleConflict());
    assertFalse(hana.holds(Roles.HR_ADMIN), "the reach of neither role");
    assertFalse(hana.holds(Roles.ESCALATION_CONTACT));
    assertTrue(hana.holds(Roles.EMPLOYEE), "the other roles stay");
    assertFalse(hana.holdsAnyOf(java.util.List.of(Roles.HR_ADMIN, Roles.AUDITOR)));

    hana.revokeRole(Roles.ESCALATION_CONTACT);
    assertTrue(hana.holds(Roles.HR_ADMIN), "resolved");
  }

  @Test
  void anErasedPersonKeepsNoProfileAndTheDirectoryDoesNotFillItAgain() {
    Person jun = new Person("sub-1", JUN);
    jun.takeEmailFrom("jun@example.org");
    jun.erase(Instant.parse("2026-01-01T00:00:00Z"));
    assertEquals("~sub-1", jun.getUsername());
    assertEquals(Person.ERASED_NAME, jun.getDisplayName());
    assertNull(jun.getDepartment());
    assertNull(jun.getGrade());
    assertNull(jun.getManagerUsername());
    assertNull(jun.getEmail());
    assertEquals(List.of(), jun.getRoles());
    assertFalse(jun.isActive());
    assertTrue(jun.isErased());

    assertFalse(jun.refresh(JUN), "a sign-in or sync changes nothing");
    assertFalse(jun.takeEmailFrom("jun@example.org"));
    assertEquals(Person.ERASED_NAME, jun.getDisplayName());
    assertFalse(jun.isActive());
  }
}
