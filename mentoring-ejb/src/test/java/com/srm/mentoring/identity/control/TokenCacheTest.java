package com.srm.mentoring.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void aTokenIsAnsweredFromTheCacheUntilItExpiresAndNotAtItsExpiry() {
    TokenCache<String> cache = new TokenCache<>(10);
    cache.put("token", "jun", NOW.plusSeconds(300), NOW);

    assertEquals("jun", cache.get("token", NOW.plusSeconds(299)));
    assertNull(cache.get("token", NOW.plusSeconds(300)), "expired at exp itself");
    assertNull(cache.get("token", NOW.plusSeconds(1)), "an expired entry is gone for good");
    assertEquals(0, cache.size());
    assertEquals(1, cache.hits());
    assertEquals(2, cache.misses());
  }

  @Test
  void aTokenAlreadyExpiredIsNotKept() {
    TokenCache<String> cache = new TokenCache<>(10);
    cache.put("token", "jun", NOW, NOW);

    assertNull(cache.get("token", NOW.minusSeconds(1)));
    assertEquals(0, cache.size());
  }

  @Test
  void onlyTheSameTokenMatches() {
    TokenCache<String> cache = new TokenCache<>(10);
    cache.put("header.payload.signature", "jun", NOW.plusSeconds(300), NOW);

    assertNull(cache.get("header.payload.signaturf", NOW));
    assertNull(cache.get("header.payload.signature ", NOW));
  }

  @Test
  void theCacheNeverHoldsMoreThanItsBoundAndDropsTheTokensClosestToExpiryFirst() {
    TokenCache<String> cache = new TokenCache<>(100);
    for (int i = 0; i < 1_000; i++) {
      // the later a token comes, the later it expires
      cache.put("token-" + i, "person-" + i, NOW.plus(Duration.ofSeconds(60 + i)), NOW);
      assertTrue(cache.size() <= 100, "size " + cache.size() + " after " + (i + 1) + " tokens");
    }
    assertNotNull(cache.get("token-999", NOW), "the newest token is kept");
    assertNull(cache.get("token-0", NOW), "the one expiring first went");
  }

  @Test
  void expiredTokensMakeRoomBeforeLiveOnes() {
    TokenCache<String> cache = new TokenCache<>(3);
    cache.put("short", "a", NOW.plusSeconds(10), NOW);
    cache.put("long-1", "b", NOW.plusSeconds(600), NOW);
    cache.put("long-2", "c", NOW.plusSeconds(600), NOW);
    Instant later = NOW.plusSeconds(20);

    cache.put("new", "d", later.plusSeconds(600), later);

    assertEquals("d", cache.get("new", later));
    assertNull(cache.get("short", later));
  }

  @Test
  void allTokensOfOnePersonGoAtOnce() {
    TokenCache<String> cache = new TokenCache<>(10);
    cache.put("first", "jun", NOW.plusSeconds(300), NOW);
    cache.put("second", "jun", NOW.plusSeconds(300), NOW);
    cache.put("other", "sam", NOW.plusSeconds(300), NOW);

    cache.removeIf("jun"::equals);

    assertNull(cache.get("first", NOW));
    assertNull(cache.get("second", NOW));
    assertEquals("sam", cache.get("other", NOW));
  }

  @Test
  void aTokenVerifiedTwiceAtOnceKeepsTheFirstValue() {
    TokenCache<String> cache = new TokenCache<>(10);

    assertEquals("first", cache.keep("token", "first", NOW.plusSeconds(300), NOW));
    assertEquals("first", cache.keep("token", "second", NOW.plusSeconds(300), NOW));
    assertEquals(
        "third",
        cache.keep("token", "third", NOW.plusSeconds(600), NOW.plusSeconds(300)),
        "an expired value gives way");
    assertEquals("third", cache.get("token", NOW.plusSeconds(301)));
  }

  @Test
  void aCacheWithoutRoomIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new TokenCache<String>(0));
  }
}
