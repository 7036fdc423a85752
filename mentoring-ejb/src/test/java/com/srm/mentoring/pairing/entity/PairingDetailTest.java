package com.srm.mentoring.pairing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.identity.entity.PersonName;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PairingDetailTest {

  static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");

  static final Map<String, PersonName> NAMES =
      Map.of(
          "s-jun", new PersonName("jun", "Jun Park"),
          "s-sam", new PersonName("sam", "Sam Ortiz"),
          "s-farid", new PersonName("farid", "Farid Haddad"));

  Pairing pairing = new Pairing(UUID.randomUUID(), "s-jun", "s-sam", "s-farid", NOW);

  PairingDetail as(String subject) {
    return PairingDetail.of(pairing, subject, false, NAMES);
  }

  PairingDetail asHr() {
    return PairingDetail.of(pairing, "s-hana", true, NAMES);
  }

  @Test
  void itsPeopleAreNamedAndTheReaderKnowsTheirPart() {
    PairingDetail mentor = as("s-jun");
    assertEquals("Jun Park", mentor.mentor().displayName());
    assertEquals("sam", mentor.mentee().username());
    assertEquals("Farid Haddad", mentor.facilitator().displayName());
    assertEquals(PairingPart.MENTOR, mentor.you());
    assertEquals(PairingPart.MENTEE, as("s-sam").you());
    assertEquals(PairingPart.FACILITATOR, as("s-farid").you());
    assertNull(asHr().you());
    assertTrue(mentor.party());
    assertFalse(as("s-farid").party());
    assertTrue(as("s-farid").involved());
    assertFalse(asHr().involved());
  }

  @Test
  void aPersonWithoutARecordIsUnknown() {
    PairingDetail read = PairingDetail.of(pairing, "s-jun", false, Map.of());
    assertEquals(PersonName.UNKNOWN, read.mentee());
  }

  @Test
  void onlyTheFacilitatorAndHrAreToldOfARepairRequest() {
    pairing.requestRepair(NOW);
    assertNull(as("s-jun").repairRequested());
    assertNull(as("s-sam").repairRequested());
    assertEquals(Boolean.TRUE, as("s-farid").repairRequested());
    assertEquals(Boolean.TRUE, asHr().repairRequested());
  }

  @Test
  void thePartiesAskForARepairWhileItGoesOn() {
    assertTrue(as("s-jun").mayAskForRepair());
    assertTrue(as("s-sam").mayAskForRepair());
    assertFalse(as("s-farid").mayAskForRepair());
    assertFalse(asHr().mayAskForRepair());
    pairing.end(EndCause.REPAIR, NOW);
    assertFalse(as("s-jun").mayAskForRepair());
  }

  @Test
  void onlyTheMenteeChangesTheObjectiveUntilItIsLocked() {
    assertTrue(as("s-sam").mayChangeObjective());
    assertFalse(as("s-jun").mayChangeObjective());
    assertFalse(asHr().mayChangeObjective());
    pairing.changeObjective("I will learn how juniors review code.");
    pairing.lockObjective(NOW);
    assertFalse(as("s-sam").mayChangeObjective());
  }

  @Test
  void aPartyRatesOnceTheEndedPairingAndSeesOnlyTheirOwnRating() {
    assertFalse(as("s-sam").mayRate(), "not while it goes on");
    assertFalse(as("s-sam").ratingShown());
    pairing.end(EndCause.REPAIR, NOW);
    assertTrue(as("s-sam").mayRate());
    assertTrue(as("s-jun").mayRate());
    assertFalse(as("s-farid").mayRate());
    assertFalse(asHr().mayRate());
    assertTrue(as("s-sam").ratingShown());
    assertFalse(as("s-farid").ratingShown());

    pairing.rate("s-sam", 4);
    assertFalse(as("s-sam").mayRate(), "a rating is final");
    assertEquals(4, as("s-sam").myRating());
    assertNull(as("s-jun").myRating(), "the other party's rating stays hidden");
    assertTrue(as("s-jun").mayRate());
    assertNull(asHr().myRating());
  }

  @Test
  void itsPeoplePlanSessionsWhileItIsActiveAndOnlyThePartiesWriteNotes() {
    assertTrue(as("s-jun").mayPlanSessions());
    assertTrue(as("s-farid").mayPlanSessions());
    assertFalse(asHr().mayPlanSessions());
    assertTrue(as("s-sam").mayWriteNotes());
    assertFalse(as("s-farid").mayWriteNotes());
    pairing.pause(NOW);
    assertFalse(as("s-jun").mayPlanSessions());
  }

  @Test
  void hrPausesResumesAndEndsAndAloneSeesSinceWhenItIsPaused() {
    assertTrue(asHr().mayPause());
    assertFalse(asHr().mayResume());
    assertTrue(asHr().mayEnd());
    assertFalse(as("s-farid").mayPause());
    assertFalse(as("s-jun").mayEnd());

    pairing.pause(NOW);
    assertFalse(asHr().mayPause());
    assertTrue(asHr().mayResume());
    assertEquals(NOW, asHr().pausedAt());
    assertNull(as("s-farid").pausedAt());
    assertTrue(as("s-jun").paused());

    pairing.end(EndCause.REPAIR, NOW);
    assertFalse(asHr().mayEnd());
    assertFalse(asHr().mayResume());
  }
}
