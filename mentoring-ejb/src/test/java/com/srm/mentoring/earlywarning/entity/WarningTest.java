package com.srm.mentoring.earlywarning.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WarningTest {

  static final Instant MOMENT = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void theConfidentialSignalCarriesNoTimeThatCouldHintAtWhoOrWhen() {
    Warning concern = warning(Signal.CONCERN_OVERDUE);
    assertNull(concern.since());
  }

  @Test
  void otherSignalsKeepWhenTheyBegan() {
    for (Signal signal : new Signal[] {Signal.QUIET, Signal.UNANSWERED, Signal.REPAIR_REQUESTED}) {
      assertEquals(MOMENT, warning(signal).since(), signal.name());
    }
  }

  @Test
  void aCohortsTotalIsTheSumOfItsSignals() {
    assertEquals(6, new CohortWarnings(UUID.randomUUID(), "A", 3, 1, 2, 3).total());
  }

  private static Warning warning(Signal signal) {
    return new Warning(
        UUID.randomUUID(), UUID.randomUUID(), "A", "Jun", "Lena", signal, MOMENT, MOMENT, false);
  }
}
