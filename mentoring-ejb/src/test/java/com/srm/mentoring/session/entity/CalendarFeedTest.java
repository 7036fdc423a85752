package com.srm.mentoring.session.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

  static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");

  @Test
  void aSecretIs256RandomBitsThatFitAnAddress() {
    String secret = CalendarFeed.newSecret();
    assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
    assertNotEquals(secret, CalendarFeed.newSecret());
  }

  @Test
  void onlyTheSecretsSha256IsKept() {
    // SHA-256 of "abc", as every implementation gives it
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        CalendarFeed.hash("abc"));
  }

  @Test
  void aNewSecretEndsTheOldOne() {
    CalendarFeed feed = new CalendarFeed("s-jun", "first", NOW);
    assertTrue(feed.opensWith("first"));
    feed.rotate("second", NOW.plusSeconds(60));
    assertFalse(feed.opensWith("first"));
    assertTrue(feed.opensWith("second"));
    assertEquals(NOW.plusSeconds(60), feed.getCreatedAt());
  }
}
