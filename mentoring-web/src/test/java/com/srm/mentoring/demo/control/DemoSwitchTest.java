package com.srm.mentoring.demo.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoSwitchTest {

  @Test
  void offUnlessAskedFor() {
    assertFalse(DemoSwitch.seed(Map.<String, String>of()::get));
    assertFalse(DemoSwitch.seed(Map.of("mentoring.dev", "true")::get));
    assertFalse(DemoSwitch.seed(Map.of("mentoring.demo.seed", "false")::get));
  }

  @Test
  void seedsInTheDevRun() {
    assertTrue(
        DemoSwitch.seed(Map.of("mentoring.demo.seed", "true", "mentoring.dev", "true")::get));
  }

  @Test
  void refusesToStartWhenAskedForOutsideTheDevRun() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> DemoSwitch.seed(Map.of("mentoring.demo.seed", "true")::get));
    assertTrue(refused.getMessage().contains("mentoring.demo.seed"), refused.getMessage());
    assertTrue(refused.getMessage().contains("mentoring.dev=true"), refused.getMessage());
  }
}
