package com.srm.mentoring.pairing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.Refusal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PairingTest {

  static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");

  Pairing pairing = new Pairing(UUID.randomUUID(), "jun", "sam", "farid", NOW);

  @Test
  void itsThreePeopleAndHrReadItNobodyElse() {
    for (String reader : new String[] {"jun", "sam", "farid"}) {
      assertTrue(pairing.mayBeReadBy(reader, false), reader);
    }
    assertTrue(pairing.mayBeReadBy("hana", true));
    assertFalse(pairing.mayBeReadBy("erin", false));
    assertEquals("sam", pairing.otherParty("jun"));
    assertThrows(IllegalArgumentException.class, () -> pairing.otherParty("farid"));
  }

  @Test
  void theObjectiveIsOneSentenceEditableUntilLocked() {
    pairing.changeObjective("  I will learn how our release train looks from a new team. ");
    assertEquals(
        "I will learn how our release train looks from a new team.", pairing.getObjective());
    pairing.changeObjective("I will learn what slows juniors down in code review.");

    var empty = assertThrows(Refusal.class, () -> pairing.changeObjective(" "));
    assertTrue(empty.getMessage().startsWith("text"), empty.getMessage());
    var nothing = assertThrows(Refusal.class, () -> pairing.changeObjective(null));
    assertTrue(nothing.getMessage().startsWith("text"), "a form left empty: " + nothing);
    var tooLong =
        assertThrows(
            Refusal.class, () -> pairing.changeObjective("x".repeat(Pairing.OBJECTIVE_LENGTH + 1)));
    assertTrue(tooLong.getMessage().startsWith("text"), tooLong.getMessage());
    assertThrows(Refusal.class, () -> pairing.changeObjective("one\ntwo"));

    pairing.lockObjective(NOW);
    var locked = assertThrows(Refusal.class, () -> pairing.changeObjective("I will learn X."));
    assertTrue(locked.getMessage().startsWith("objective"), locked.getMessage());
    assertEquals("I will learn what slows juniors down in code review.", pairing.getObjective());
  }

  @Test
  void aRepairRequestRecordsNeitherWhoNorWhy() {
    pairing.requestRepair(NOW);
    assertTrue(pairing.isRepairRequested());
    pairing.requestRepair(NOW.plusSeconds(60));
    assertTrue(pairing.isActive(), "only HR ends it");
  }

  @Test
  void endingKeepsTheFirstEndAndStopsChanges() {
    pairing.end(EndCause.WITHDRAWAL, NOW);
    pairing.end(EndCause.REPAIR, NOW.plusSeconds(1));
    assertEquals(NOW, pairing.getEndedAt());
    assertEquals(PairingState.ENDED, pairing.getState());
    assertThrows(Refusal.class, () -> pairing.changeObjective("I will learn X."));
    assertThrows(Refusal.class, () -> pairing.requestRepair(NOW));
  }

  @Test
  void eachPartyRatesSeparatelyAndSeesOnlyTheirOwn() {
    pairing.changeObjective("I will learn how juniors plan their week.");
    pairing.lockObjective(NOW);
    var early = assertThrows(Refusal.class, () -> pairing.rate("sam", 4));
    assertTrue(early.getMessage().contains("once the pairing has ended"), early.getMessage());
    assertNull(pairing.ratingOf("sam"), "nothing written");
    pairing.end(EndCause.REPAIR, NOW);
    pairing.rate("sam", 4);
    assertEquals(4, pairing.ratingOf("sam"));
    assertNull(pairing.ratingOf("jun"), "the junior has not rated; the senior's stays hidden");
    pairing.rate("jun", 2);
    assertEquals(2, pairing.ratingOf("jun"));
    assertNull(pairing.ratingOf("farid"));
    assertThrows(Refusal.class, () -> pairing.rate("jun", 6));
    assertThrows(Refusal.class, () -> pairing.rate("farid", 3));
  }

  @Test
  void aRatingIsFinalOnceGiven() {
    pairing.end(EndCause.REPAIR, NOW);
    assertTrue(pairing.mayRate("sam"));
    pairing.rate("sam", 4);
    assertFalse(pairing.mayRate("sam"), "the senior has rated");
    assertTrue(pairing.mayRate("jun"), "the junior's rating is their own");

    var again = assertThrows(Refusal.class, () -> pairing.rate("sam", 1));
    assertTrue(again.getMessage().startsWith("rating: "), again.getMessage());
    assertTrue(again.getMessage().contains("final"), again.getMessage());
    assertEquals(4, pairing.ratingOf("sam"), "the first rating stays");
    assertThrows(Refusal.class, () -> pairing.rate("sam", 4), "not even the same value");
  }

  @Test
  void nobodyRatesAnActivePairingNorOneTheyAreNotPartOf() {
    assertFalse(pairing.mayRate("sam"), "still active");
    pairing.end(EndCause.REPAIR, NOW);
    assertFalse(pairing.mayRate("farid"), "the facilitator does not rate");
  }

  @Test
  void theFirstSessionIsNotHeldBeforeTheSeniorStatedWhatTheyWillLearn() {
    var refused = assertThrows(Refusal.class, () -> pairing.lockObjective(NOW));
    assertEquals("objective", refused.field());
    assertTrue(refused.getMessage().startsWith("objective: "), refused.getMessage());
    assertFalse(pairing.isObjectiveLocked(), "nothing locked");

    pairing.changeObjective("I will learn how juniors plan their week.");
    pairing.lockObjective(NOW);
    assertTrue(pairing.isObjectiveLocked());
    pairing.lockObjective(NOW.plusSeconds(86_400));
    assertEquals("I will learn how juniors plan their week.", pairing.getObjective());
  }

  @Test
  void aPausedPairingPlansNoSessionUntilHrResumesIt() {
    pairing.requireSessionsAllowed();
    pairing.pause(NOW);
    assertEquals(PairingState.PAUSED, pairing.getState());
    assertTrue(pairing.isPaused());
    assertFalse(pairing.isActive());
    assertTrue(pairing.isOngoing(), "still the pairing of its two people");
    var refused = assertThrows(Refusal.class, pairing::requireSessionsAllowed);
    assertEquals("pairing", refused.field());
    assertTrue(refused.getMessage().contains("paused"), refused.getMessage());

    pairing.pause(NOW.plusSeconds(60));
    assertEquals(NOW, pairing.getPausedAt(), "pausing again changes nothing");

    pairing.resume(NOW.plusSeconds(3600));
    assertTrue(pairing.isActive());
    assertEquals(NOW.plusSeconds(3600), pairing.getResumedAt());
    pairing.requireSessionsAllowed();
    var notPaused = assertThrows(Refusal.class, () -> pairing.resume(NOW));
    assertEquals("pairing", notPaused.field());
  }

  @Test
  void whilePausedTheSeniorMayStateTheObjectiveAndEitherPartyAskForARepair() {
    pairing.pause(NOW);
    pairing.changeObjective("I will learn how juniors plan their week.");
    pairing.requestRepair(NOW);
    assertTrue(pairing.isRepairRequested());
  }

  @Test
  void aPausedPairingEndsLikeAnActiveOneAndNeverComesBack() {
    pairing.pause(NOW);
    pairing.end(EndCause.COHORT_CLOSED, NOW.plusSeconds(60));
    assertEquals(PairingState.ENDED, pairing.getState());
    assertFalse(pairing.isOngoing());
    assertThrows(Refusal.class, () -> pairing.resume(NOW.plusSeconds(120)));
    assertThrows(Refusal.class, () -> pairing.pause(NOW.plusSeconds(120)));
    assertThrows(Refusal.class, pairing::requireSessionsAllowed);
    assertThrows(Refusal.class, () -> pairing.changeFormat("online", NOW));
    assertEquals(PairingState.ENDED, pairing.getState());
  }

  @Test
  void aChangeOfFormatIsRecordedOnThePairingWithHrsNote() {
    var empty = assertThrows(Refusal.class, () -> pairing.changeFormat(" ", NOW));
    assertTrue(empty.getMessage().startsWith("note"), empty.getMessage());
    assertThrows(
        Refusal.class, () -> pairing.changeFormat("x".repeat(Pairing.FORMAT_NOTE_LENGTH + 1), NOW));
    assertNull(pairing.getFormatChangedAt());

    pairing.changeFormat("  With the facilitator present from now on ", NOW);
    assertEquals(NOW, pairing.getFormatChangedAt());
    assertEquals("With the facilitator present from now on", pairing.getFormatNote());
    assertTrue(pairing.isActive(), "the pair goes on meeting");
  }

  @Test
  void nobodyIsPairedWithThemselves() {
    var e =
        assertThrows(
            Refusal.class, () -> new Pairing(UUID.randomUUID(), "jun", "jun", "farid", NOW));
    assertTrue(e.getMessage().startsWith("mentee"), e.getMessage());
  }
}
