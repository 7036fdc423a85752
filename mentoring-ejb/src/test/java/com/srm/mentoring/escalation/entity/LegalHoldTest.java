package com.srm.mentoring.escalation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.Refusal;
import org.junit.jupiter.api.Test;

class LegalHoldTest {

  @Test
  void aHoldKeepsWhoPlacedItAndTheirReasonStripped() {
    LegalHold hold = LegalHold.placedBy("erin", "  Tribunal pending ");
    assertEquals("erin", hold.getHeldBy());
    assertEquals("Tribunal pending", hold.getReason());
  }

  @Test
  void placingAHoldNeedsAReasonOfAtMostFiveHundredCharacters() {
    for (String reason : new String[] {null, "", "  ", "x".repeat(LegalHold.REASON_LENGTH + 1)}) {
      assertTrue(
          assertThrows(Refusal.class, () -> LegalHold.placedBy("erin", reason))
              .getMessage()
              .startsWith("reason:"));
    }
    assertEquals(
        LegalHold.REASON_LENGTH,
        LegalHold.placedBy("erin", "x".repeat(LegalHold.REASON_LENGTH)).getReason().length());
  }

  @Test
  void liftingNeedsAReasonTooWhichTheNoteGives() {
    assertEquals(
        "Legal hold lifted: Tribunal withdrawn", LegalHold.liftedBecause(" Tribunal withdrawn "));
    assertEquals(
        "reason: must not be empty",
        assertThrows(Refusal.class, () -> LegalHold.liftedBecause(" ")).getMessage());
  }
}
