package com.srm.mentoring.earlywarning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WarningSettingsTest {

  @Test
  void quietWeeksAreWholeWeeksAndAtLeastOne() {
    WarningSettings settings = new WarningSettings();
    settings.quietWeeks = 3;
    assertEquals(Duration.ofDays(21), settings.quiet());
    settings.quietWeeks = 0;
    assertEquals(Duration.ofDays(7), settings.quiet(), "0 would warn about every pairing");
  }

  @Test
  void negativeValuesFallBackToTheSmallestSensibleOnes() {
    WarningSettings settings = new WarningSettings();
    settings.unansweredAfterDays = -2;
    settings.sweepEverySeconds = 0;
    assertEquals(Duration.ZERO, settings.unansweredAfter());
    assertEquals(Duration.ofSeconds(1), settings.sweepEvery());
  }
}
