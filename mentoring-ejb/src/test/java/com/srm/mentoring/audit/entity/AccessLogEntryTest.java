package com.srm.mentoring.audit.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.HashChain;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessLogEntryTest {

  static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

  static AccessEvent event(String forwarded, List<String> listed) {
    return new AccessEvent(
        AT,
        "sub",
        "jun",
        "read",
        "concern",
        null,
        Outcome.GRANTED,
        "127.0.0.1",
        "req",
        forwarded,
        listed);
  }

  @Test
  void anEntryWithoutTheLaterFieldsHashesAsEntriesAlwaysDid() {
    AccessLogEntry entry = new AccessLogEntry(1, event(null, null), AccessLogEntry.GENESIS);
    byte[] asBefore =
        HashChain.canonical(
            HashChain.CURRENT,
            "1",
            HashChain.micros(AT),
            "sub",
            "jun",
            "read",
            "concern",
            null,
            "GRANTED",
            "127.0.0.1",
            "req");
    assertArrayEquals(asBefore, entry.canonicalBytes());
  }

  @Test
  void theListedIdsAndTheForwardedIdAreCoveredWhenPresent() {
    byte[] plain = new AccessLogEntry(1, event(null, null), AccessLogEntry.GENESIS).getHash();
    byte[] emptyList =
        new AccessLogEntry(1, event(null, List.of()), AccessLogEntry.GENESIS).getHash();
    byte[] oneListed =
        new AccessLogEntry(1, event(null, List.of("a")), AccessLogEntry.GENESIS).getHash();
    byte[] forwarded = new AccessLogEntry(1, event("a", null), AccessLogEntry.GENESIS).getHash();
    byte[] twoListed =
        new AccessLogEntry(1, event(null, List.of("a", "b")), AccessLogEntry.GENESIS).getHash();
    byte[] joined =
        new AccessLogEntry(1, event(null, List.of("a b")), AccessLogEntry.GENESIS).getHash();
    List<byte[]> all = List.of(plain, emptyList, oneListed, forwarded, twoListed, joined);
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        assertFalse(java.util.Arrays.equals(all.get(i), all.get(j)), i + " and " + j);
      }
    }
  }

  @Test
  void aStoredEntryWithItsListVerifies() {
    AccessLogEntry written =
        new AccessLogEntry(3, event("proxy-1", List.of("c-1", "c-2")), AccessLogEntry.GENESIS);
    AccessLogEntry read =
        AccessLogEntry.stored(
            3,
            event("proxy-1", List.of("c-1", "c-2")),
            AccessLogEntry.GENESIS,
            written.getHash(),
            written.getHashEncoding());
    assertTrue(read.isIntact());
    AccessLogEntry shortened =
        AccessLogEntry.stored(
            3,
            event("proxy-1", List.of("c-1")),
            AccessLogEntry.GENESIS,
            written.getHash(),
            written.getHashEncoding());
    assertFalse(shortened.isIntact(), "a list that lost an id no longer matches its hash");
  }
}
