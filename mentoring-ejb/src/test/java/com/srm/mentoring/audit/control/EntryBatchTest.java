package com.srm.mentoring.audit.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.audit.entity.AccessEvent;
import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.Outcome;
import com.srm.mentoring.platform.entity.HashChain;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bytes the verifier hashes, built from a binary COPY row, are the entry's own canonical bytes
 * in either encoding, whatever its fields hold.
 */
class EntryBatchTest {

  static final Instant AT = Instant.parse("2026-12-05T06:00:00.123456Z");

  static AccessEvent event(
      Instant at, String subject, String recordId, String forwarded, List<String> listed) {
    return new AccessEvent(
        at,
        subject,
        subject == null ? null : "user",
        "read",
        "concern",
        recordId,
        Outcome.DENIED,
        "10.0.0.1",
        "req-1",
        forwarded,
        listed);
  }

  /** Entries as different as the columns allow. */
  static List<AccessEvent> events() {
    return List.of(
        event(AT, "sub", "c-1", null, null),
        event(AT, null, null, null, null),
        event(AT, "", "", null, null),
        event(AT, "grüße – ☃ \uD83D\uDE00", "a\u001fb", null, null),
        event(Instant.parse("1999-12-31T23:59:59.999999Z"), "sub", "c-1", null, null),
        event(Instant.parse("1960-01-01T00:00:00.000001Z"), "sub", "c-1", null, null),
        event(AT, "sub", null, "proxy-1", null),
        event(AT, "sub", null, null, List.of()),
        event(AT, "sub", null, null, List.of("c-1", "ç-2", "")),
        event(AT, "sub", null, "proxy\u001f2", List.of("a\u001fb")));
  }

  /** An entry as stored, in the encoding given, with the hash that encoding gives it. */
  static AccessLogEntry stored(long sequence, AccessEvent event, byte[] link, int encoding) {
    byte[] hash = AccessLogEntry.stored(sequence, event, link, null, encoding).computeHash();
    return AccessLogEntry.stored(sequence, event, link, hash, encoding);
  }

  /** The entry as a row of the verifier's copy, its columns in {@link ChainVerifier#COLUMNS}. */
  static CopyStream row(CopyStream copy, AccessLogEntry entry) {
    List<String> ids = entry.getRecordIds();
    return copy.row(15)
        .int8(entry.getSequence())
        .timestamptz(entry.getOccurredAt())
        .text(entry.getSubject())
        .text(entry.getUsername())
        .text(entry.getAction())
        .text(entry.getRecordType())
        .text(entry.getRecordId())
        .text(entry.getOutcome().name())
        .text(entry.getClientIp())
        .text(entry.getRequestId())
        .bytea(entry.getPrevHash())
        .bytea(entry.getHash())
        .int4(entry.getHashEncoding())
        .text(entry.getForwardedRequestId())
        .textArray(ids == null ? null : ids.toArray(String[]::new));
  }

  static EntryBatch batchOf(List<AccessLogEntry> entries) throws IOException {
    CopyStream copy = new CopyStream();
    for (AccessLogEntry entry : entries) {
      row(copy, entry);
    }
    BinaryCopyReader rows = new BinaryCopyReader(new ByteArrayInputStream(copy.end()));
    EntryBatch batch = new EntryBatch(entries.size());
    while (rows.next()) {
      batch.add(rows);
    }
    return batch;
  }

  static List<AccessLogEntry> chain(int encoding) {
    List<AccessLogEntry> entries = new ArrayList<>();
    byte[] link = AccessLogEntry.GENESIS;
    long sequence = 1;
    for (AccessEvent event : events()) {
      AccessLogEntry entry = stored(sequence++, event, link, encoding);
      entries.add(entry);
      link = entry.getHash();
    }
    return entries;
  }

  @Test
  void theBytesFromACopyRowAreTheEntrysCanonicalBytesInTheCurrentEncoding() throws IOException {
    assertSameBytes(chain(HashChain.LENGTH_PREFIXED));
  }

  @Test
  void theBytesFromACopyRowAreTheEntrysCanonicalBytesInTheFirstEncoding() throws IOException {
    assertSameBytes(chain(HashChain.JOINED));
  }

  @Test
  void aLargeSequenceNumberIsWrittenAsTheEntryWritesIt() throws IOException {
    for (long sequence : new long[] {9, 10, 99, 100, 1_000_000, Long.MAX_VALUE}) {
      assertSameBytes(
          List.of(stored(sequence, events().get(0), AccessLogEntry.GENESIS, HashChain.CURRENT)));
    }
  }

  static void assertSameBytes(List<AccessLogEntry> entries) throws IOException {
    EntryBatch batch = batchOf(entries);
    EntryBatch fromEntries = new EntryBatch(entries.size());
    entries.forEach(fromEntries::add);
    assertEquals(entries.size(), batch.size());
    assertTrue(batch.isFull());
    batch.hash();
    fromEntries.hash();
    for (int i = 0; i < entries.size(); i++) {
      AccessLogEntry entry = entries.get(i);
      assertArrayEquals(entry.canonicalBytes(), batch.canonicalBytes(i), entry.toString() + i);
      assertArrayEquals(entry.canonicalBytes(), fromEntries.canonicalBytes(i));
      assertEquals(entry.getSequence(), batch.sequence(i));
      assertArrayEquals(entry.getPrevHash(), batch.prevHash(i));
      assertArrayEquals(entry.getHash(), batch.hash(i));
      assertTrue(batch.hashIs(i, entry.getHash()));
      assertTrue(batch.isIntact(i), "entry " + i);
      assertTrue(fromEntries.isIntact(i), "entry " + i);
      if (i > 0) {
        assertTrue(batch.linksTo(i, i - 1));
      } else {
        assertTrue(batch.linksTo(0, AccessLogEntry.GENESIS, 0, 32));
      }
    }
  }

  @Test
  void anEntryNotMatchingItsHashIsNotIntact() throws IOException {
    AccessLogEntry good = stored(1, events().get(0), AccessLogEntry.GENESIS, HashChain.CURRENT);
    byte[] otherHash = good.getHash();
    otherHash[31] ^= 1;
    AccessLogEntry changed =
        AccessLogEntry.stored(
            1, events().get(0), AccessLogEntry.GENESIS, otherHash, HashChain.CURRENT);
    EntryBatch batch = batchOf(List.of(good, changed));
    batch.hash();
    assertTrue(batch.isIntact(0));
    assertFalse(batch.isIntact(1));
    assertFalse(batch.linksTo(1, 0), "both link to the genesis, not to each other");
  }

  @Test
  void anUnknownEncodingIsThrownWhenItsEntryIsChecked() throws IOException {
    AccessLogEntry good = stored(1, events().get(0), AccessLogEntry.GENESIS, HashChain.CURRENT);
    AccessLogEntry unknown =
        AccessLogEntry.stored(2, events().get(0), good.getHash(), good.getHash(), 7);
    EntryBatch batch = batchOf(List.of(good, unknown));
    batch.hash();
    assertTrue(batch.isIntact(0));
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> batch.isIntact(1));
    assertEquals("unknown hash encoding 7", thrown.getMessage());
    assertThrows(IllegalArgumentException.class, unknown::canonicalBytes);

    // filled again, the batch forgets what it held
    batch.clear();
    assertTrue(batch.isEmpty());
    CopyStream copy = row(new CopyStream(), good);
    BinaryCopyReader rows = new BinaryCopyReader(new ByteArrayInputStream(copy.end()));
    rows.next();
    batch.add(rows);
    batch.add(rows);
    batch.hash();
    assertTrue(batch.isIntact(1));
  }

  @Test
  void aBatchOfManyEntriesIsHashedInSlicesAllChecked() throws IOException {
    List<AccessLogEntry> entries = new ArrayList<>();
    byte[] link = AccessLogEntry.GENESIS;
    for (int i = 1; i <= 2_500; i++) {
      AccessLogEntry entry =
          stored(i, event(AT.plusMillis(i), "s" + i, "c-" + i, null, null), link, 2);
      entries.add(entry);
      link = entry.getHash();
    }
    byte[] wrong = entries.get(1_999).getHash();
    wrong[0] ^= 1;
    AccessLogEntry tampered = entries.get(1_999);
    entries.set(
        1_999,
        AccessLogEntry.stored(
            2_000,
            event(AT.plusMillis(2_000), "s2000", "c-2000", null, null),
            tampered.getPrevHash(),
            wrong,
            2));
    EntryBatch batch = batchOf(entries);
    batch.hash();
    for (int i = 0; i < entries.size(); i++) {
      assertEquals(i != 1_999, batch.isIntact(i), "entry " + i);
    }
    assertEquals(2_500, batch.lastSequence());
    assertTrue(Arrays.equals(entries.get(2_499).getHash(), batch.hash(2_499)));
  }

  @Test
  void entriesCopiedOutOfOrderArePutInOrderWithTheirBytes() throws IOException {
    List<AccessLogEntry> entries = chain(HashChain.CURRENT);
    List<AccessLogEntry> shuffled = new ArrayList<>(entries);
    java.util.Collections.reverse(shuffled);
    shuffled.add(0, shuffled.remove(4));
    AccessLogEntry unknown =
        AccessLogEntry.stored(99, events().get(0), AccessLogEntry.GENESIS, new byte[32], 7);
    shuffled.add(3, unknown);
    EntryBatch batch = batchOf(shuffled);
    batch.sortBySequence();
    batch.hash();
    for (int i = 0; i < entries.size(); i++) {
      assertEquals(i + 1, batch.sequence(i));
      assertArrayEquals(entries.get(i).canonicalBytes(), batch.canonicalBytes(i));
      assertArrayEquals(entries.get(i).getHash(), batch.hash(i));
      assertTrue(batch.isIntact(i));
    }
    assertEquals(99, batch.lastSequence());
    assertThrows(IllegalArgumentException.class, () -> batch.isIntact(entries.size()));
  }

  @Test
  void aRowOfOtherColumnsIsRefused() throws IOException {
    byte[] stream = new CopyStream().row(2).int8(1).int8(2).end();
    BinaryCopyReader rows = new BinaryCopyReader(new ByteArrayInputStream(stream));
    rows.next();
    assertThrows(IllegalStateException.class, () -> new EntryBatch(1).add(rows));
  }
}
