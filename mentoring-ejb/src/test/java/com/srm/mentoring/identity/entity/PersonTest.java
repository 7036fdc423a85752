package com.srm.mentoring.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonTest {

  static final DirectoryEntry JUN =
      new DirectoryEntry("jun", "Jun Takahashi", "Engineering", 3, "lena", true);

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
        jun.refresh(new DirectoryEntry("jun", "Jun Takahashi", "Engineering", 4, "lena", true)));
    assertEquals(4, jun.getGrade());
  }

  @Test
  void disabledInTheDirectoryMeansInactive() {
    Person jun = new Person("sub-1", JUN);
    jun.refresh(new DirectoryEntry("jun", "Jun Takahashi", "Engineering", 3, "lena", false));
    assertFalse(jun.isActive());
  }

  @Test
  void gradeOutsideTheScaleIsUnknownNotGuessed() {
    Person jun = new Person("sub-1", new DirectoryEntry("jun", "Jun", null, 11, null, true));
    assertNull(jun.getGrade());
    assertNull(DirectoryEntry.parseGrade("three"));
    assertEquals(7, DirectoryEntry.parseGrade(" 7 "));
  }

  @Test
  void missingDisplayNameFallsBackToTheUsername() {
    Person jun = new Person("sub-1", new DirectoryEntry("jun", " ", null, null, null, true));
    assertEquals("jun", jun.getDisplayName());
  }

  @Test
  void subjectAndUsernameAreRequired() {
    assertThrows(IllegalArgumentException.class, () -> new Person(" ", JUN));
    var noName = new DirectoryEntry(null, "X", null, null, null, true);
    assertThrows(IllegalArgumentException.class, () -> new Person("sub-1", noName));
  }

  @Test
  void releasedUsernameLeavesAnInactiveRecordNobodyCanSignInAs() {
    Person old = new Person("sub-old", JUN);
    old.releaseUsername();
    assertEquals("~sub-old", old.getUsername());
    assertFalse(old.isActive());
  }
}
