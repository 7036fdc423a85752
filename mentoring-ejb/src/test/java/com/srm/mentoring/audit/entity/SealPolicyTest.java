package com.srm.mentoring.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SealPolicyTest {

  static final SealKeys KEYS =
      SealKeys.parse("k:" + Base64.getEncoder().encodeToString(new byte[32]), "k");
  static final SealPolicy MINUTE = new SealPolicy(KEYS, 1_000, Duration.ofSeconds(60));
  static final Instant SEALED = Instant.parse("2026-12-01T08:00:00Z");

  static Optional<Seal> sealAt(Instant at) {
    return Optional.of(Seal.next(Optional.empty(), 1, new byte[32], at, KEYS));
  }

  @Test
  void theScheduleLooksTwiceWithinTheWindow() {
    assertEquals(Duration.ofSeconds(30), MINUTE.scheduleInterval());
    assertEquals(
        Duration.ofSeconds(1),
        new SealPolicy(KEYS, 1, Duration.ofSeconds(1)).scheduleInterval(),
        "never faster than a second");
  }

  @Test
  void theScheduleSealsOnceTheLastSealIsHalfAWindowOld() {
    assertTrue(MINUTE.isScheduledSealDue(Optional.empty(), SEALED), "no seal yet");
    assertFalse(MINUTE.isScheduledSealDue(sealAt(SEALED), SEALED.plusSeconds(29)));
    assertTrue(MINUTE.isScheduledSealDue(sealAt(SEALED), SEALED.plusSeconds(30)));
  }

  @Test
  void anAppendSealsOnceTheWindowHasPassed() {
    assertFalse(MINUTE.isDue(sealAt(SEALED), 2, SEALED.plusSeconds(59)));
    assertTrue(MINUTE.isDue(sealAt(SEALED), 2, SEALED.plusSeconds(60)));
  }

  @Test
  void aWindowOfNoTimeIsRefusedNamingTheSetting() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> new SealPolicy(KEYS, 1, Duration.ZERO));
    assertTrue(refused.getMessage().startsWith("mentoring.audit.seal.every-seconds"));
  }
}
