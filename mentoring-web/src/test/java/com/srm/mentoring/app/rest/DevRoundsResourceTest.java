package com.srm.mentoring.app.rest;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.Test;

class DevRoundsResourceTest {

  @Test
  void outsideTheDevRunEveryRoundIsNotFound() {
    DevRoundsResource rounds = new DevRoundsResource();
    rounds.dev = false;
    for (String name :
        new String[] {
          "pulse-release",
          "rating-release",
          "escalation-sweep",
          "warning-sweep",
          "access-log-seal",
          "directory-sync",
          "content-reseal",
          "mail-send"
        }) {
      assertThrows(NotFoundException.class, () -> rounds.run(name), name);
    }
  }
}
