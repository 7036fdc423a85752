package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.platform.entity.HashChain;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A batch of access log entries as the verifier needs them: each entry's sequence, its stored link
 * and hash, and the canonical bytes its hash covers, all in one byte array. The bytes are built
 * straight from the binary COPY row, as {@link AccessLogEntry#canonicalBytes()} builds them from
 * the entry's fields: text arrives in UTF-8, which is what both encodings write, so no field is
 * decoded to a String only to be encoded again. The batch is filled again for the next one, so that
 * reading the log allocates next to nothing per entry.
 */
final class EntryBatch {

  /**
   * The columns of {@link ChainVerifier#COLUMNS}, in order. Changing the columns means changing
   * {@link #add(BinaryCopyReader)} with them.
   */
  private static final int SEQUENCE = 0;

  private static final int OCCURRED_AT = 1;
  private static final int FIRST_TEXT = 2;
  private static final int LAST_TEXT = 9;
  private static final int PREV_HASH = 10;
  private static final int HASH = 11;
  private static final int HASH_ENCODING = 12;
  private static final int FORWARDED_REQUEST_ID = 13;
  private static final int RECORD_IDS = 14;
  private static final int COLUMN_COUNT = 15;

  private static final byte UNIT_SEPARATOR = 0x1f;
  private static final byte SPACE = ' ';
  private static final byte NULL = 0;
  private static final byte VALUE = 1;

  /** Entries per slice of the batch that one task hashes with one digest. */
  private static final int SLICE = 1_000;

  private int size;
  private long[] sequences;
  private int[] prevOffsets;
  private int[] prevLengths;
  private int[] canonicalOffsets;
  private int[] canonicalLengths;
  private int[] hashOffsets;
  private int[] hashLengths;
  private RuntimeException[] failures;
  private boolean anyFailure;
  private boolean[] intact;
  private byte[] data = new byte[64 * 1024];
  private int used;

  EntryBatch(int capacity) {
    sequences = new long[capacity];
    prevOffsets = new int[capacity];
    prevLengths = new int[capacity];
    canonicalOffsets = new int[capacity];
    canonicalLengths = new int[capacity];
    hashOffsets = new int[capacity];
    hashLengths = new int[capacity];
    failures = new RuntimeException[capacity];
    intact = new boolean[capacity];
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  boolean isFull() {
    return size == sequences.length;
  }

  /** Empties the batch to be filled again. */
  void clear() {
    if (anyFailure) {
      Arrays.fill(failures, 0, size, null);
      anyFailure = false;
    }
    size = 0;
    used = 0;
  }

  /**
   * Puts the entries in order of their sequence. A copy of a range of the log sends them in the
   * order the table holds them, which is almost always that order already: then nothing moves.
   */
  void sortBySequence() {
    boolean sorted = true;
    for (int i = 1; i < size && sorted; i++) {
      sorted = sequences[i - 1] < sequences[i];
    }
    if (sorted) {
      return;
    }
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(sequences[a], sequences[b]));
    sequences = permuted(sequences, order);
    prevOffsets = permuted(prevOffsets, order);
    prevLengths = permuted(prevLengths, order);
    canonicalOffsets = permuted(canonicalOffsets, order);
    canonicalLengths = permuted(canonicalLengths, order);
    hashOffsets = permuted(hashOffsets, order);
    hashLengths = permuted(hashLengths, order);
    RuntimeException[] reordered = failures.clone();
    for (int i = 0; i < size; i++) {
      reordered[i] = failures[order[i]];
    }
    failures = reordered;
  }

  private static long[] permuted(long[] values, Integer[] order) {
    long[] result = values.clone();
    for (int i = 0; i < order.length; i++) {
      result[i] = values[order[i]];
    }
    return result;
  }

  private static int[] permuted(int[] values, Integer[] order) {
    int[] result = values.clone();
    for (int i = 0; i < order.length; i++) {
      result[i] = values[order[i]];
    }
    return result;
  }

  long sequence(int i) {
    return sequences[i];
  }

  long lastSequence() {
    return sequences[size - 1];
  }

  /** Whether entry {@code i}'s stored link equals the given hash. */
  boolean linksTo(int i, byte[] hash, int offset, int length) {
    return Arrays.equals(
        data, prevOffsets[i], prevOffsets[i] + prevLengths[i], hash, offset, offset + length);
  }

  /** Whether entry {@code i}'s stored link equals entry {@code j}'s stored hash. */
  boolean linksTo(int i, int j) {
    return linksTo(i, data, hashOffsets[j], hashLengths[j]);
  }

  /** Whether entry {@code i}'s stored hash is the one given. */
  boolean hashIs(int i, byte[] hash) {
    return Arrays.equals(
        data, hashOffsets[i], hashOffsets[i] + hashLengths[i], hash, 0, hash.length);
  }

  byte[] prevHash(int i) {
    return Arrays.copyOfRange(data, prevOffsets[i], prevOffsets[i] + prevLengths[i]);
  }

  byte[] hash(int i) {
    return Arrays.copyOfRange(data, hashOffsets[i], hashOffsets[i] + hashLengths[i]);
  }

  /**
   * Whether entry {@code i} matched its stored hash in {@link #hash()}; what building its bytes
   * threw (an encoding nobody knows) is thrown here, when the walk gets to it.
   */
  boolean isIntact(int i) {
    if (failures[i] != null) {
      throw failures[i];
    }
    return intact[i];
  }

  /** The canonical bytes of entry {@code i}, for tests. */
  byte[] canonicalBytes(int i) {
    if (failures[i] != null) {
      throw failures[i];
    }
    return Arrays.copyOfRange(data, canonicalOffsets[i], canonicalOffsets[i] + canonicalLengths[i]);
  }

  /**
   * Checks every entry against its stored hash, slices of the batch in parallel on the common
   * fork-join pool: an entry's hash covers its stored link and its content, so it needs nothing
   * from its predecessor.
   */
  void hash() {
    int slices = (size + SLICE - 1) / SLICE;
    IntStream.range(0, slices).parallel().forEach(this::hashSlice);
  }

  private void hashSlice(int slice) {
    MessageDigest sha256 = sha256();
    byte[] digest = new byte[sha256.getDigestLength()];
    for (int i = slice * SLICE, end = Math.min(size, i + SLICE); i < end; i++) {
      if (failures[i] != null) {
        continue;
      }
      sha256.update(data, prevOffsets[i], prevLengths[i]);
      sha256.update(data, canonicalOffsets[i], canonicalLengths[i]);
      try {
        sha256.digest(digest, 0, digest.length);
      } catch (java.security.DigestException e) {
        throw new IllegalStateException("a SHA-256 digest fits in its own length", e);
      }
      intact[i] =
          Arrays.equals(
              digest, 0, digest.length, data, hashOffsets[i], hashOffsets[i] + hashLengths[i]);
    }
  }

  /**
   * Adds the current row of a binary COPY of {@link ChainVerifier#COLUMNS}: its canonical bytes as
   * {@link AccessLogEntry#canonicalBytes()} writes them for the row's hash encoding.
   */
  void add(BinaryCopyReader row) {
    if (row.fields() != COLUMN_COUNT) {
      throw new IllegalStateException(
          "an access log row of " + row.fields() + " columns, not " + COLUMN_COUNT);
    }
    int i = size;
    long sequence = row.int8(SEQUENCE);
    sequences[i] = sequence;
    prevOffsets[i] = used;
    prevLengths[i] = copyField(row, PREV_HASH);
    hashOffsets[i] = used;
    hashLengths[i] = copyField(row, HASH);
    canonicalOffsets[i] = used;
    int encoding = row.int4(HASH_ENCODING);
    boolean later = !row.isNull(FORWARDED_REQUEST_ID) || !row.isNull(RECORD_IDS);
    switch (encoding) {
      case HashChain.LENGTH_PREFIXED -> lengthPrefixed(row, sequence, later);
      case HashChain.JOINED -> joined(row, sequence, later);
      default -> {
        failures[i] = new IllegalArgumentException("unknown hash encoding " + encoding);
        anyFailure = true;
      }
    }
    canonicalLengths[i] = used - canonicalOffsets[i];
    size++;
  }

  /** Adds an entry read some other way, with the bytes it builds itself. */
  void add(AccessLogEntry entry) {
    int i = size;
    sequences[i] = entry.getSequence();
    byte[] prev = entry.getPrevHash();
    prevOffsets[i] = used;
    prevLengths[i] = put(prev, 0, prev.length);
    byte[] hash = entry.getHash();
    hashOffsets[i] = used;
    hashLengths[i] = put(hash, 0, hash.length);
    canonicalOffsets[i] = used;
    try {
      byte[] canonical = entry.canonicalBytes();
      put(canonical, 0, canonical.length);
    } catch (RuntimeException e) {
      failures[i] = e;
      anyFailure = true;
    }
    canonicalLengths[i] = used - canonicalOffsets[i];
    size++;
  }

  private void lengthPrefixed(BinaryCopyReader row, long sequence, boolean later) {
    room(1);
    data[used++] = HashChain.LENGTH_PREFIXED;
    prefixedNumber(sequence);
    prefixedNumber(row.timestampMicros(OCCURRED_AT));
    for (int field = FIRST_TEXT; field <= LAST_TEXT; field++) {
      prefixed(row.buffer(), row.isNull(field) ? 0 : row.offset(field), row.length(field));
    }
    if (later) {
      int field = FORWARDED_REQUEST_ID;
      prefixed(row.buffer(), row.isNull(field) ? 0 : row.offset(field), row.length(field));
      int ids = row.array(RECORD_IDS);
      if (ids == -1) {
        room(1);
        data[used++] = NULL;
      } else {
        prefixedNumber(ids);
        for (int k = 0; k < ids; k++) {
          prefixed(row.buffer(), row.elementOffset(k), row.elementLength(k));
        }
      }
    }
  }

  /** A field of the length-prefixed encoding: a marker, and for a value its length and bytes. */
  private void prefixed(byte[] source, int offset, int length) {
    if (length == -1) {
      room(1);
      data[used++] = NULL;
      return;
    }
    room(5 + length);
    data[used++] = VALUE;
    putInt(length);
    System.arraycopy(source, offset, data, used, length);
    used += length;
  }

  private void prefixedNumber(long number) {
    room(5 + 20);
    data[used++] = VALUE;
    int lengthAt = used;
    used += 4;
    int digits = decimal(number);
    used = lengthAt;
    putInt(digits);
    used += digits;
  }

  private void joined(BinaryCopyReader row, long sequence, boolean later) {
    room(2 * 20 + 1);
    used += decimal(sequence);
    data[used++] = UNIT_SEPARATOR;
    used += decimal(row.timestampMicros(OCCURRED_AT));
    for (int field = FIRST_TEXT; field <= LAST_TEXT; field++) {
      joinedField(row.buffer(), row.isNull(field) ? 0 : row.offset(field), row.length(field));
    }
    if (later) {
      int field = FORWARDED_REQUEST_ID;
      joinedField(row.buffer(), row.isNull(field) ? 0 : row.offset(field), row.length(field));
      int ids = row.array(RECORD_IDS);
      room(1 + 20);
      data[used++] = UNIT_SEPARATOR;
      if (ids != -1) {
        used += decimal(ids);
      }
      for (int k = 0; k < ids; k++) {
        joinedField(row.buffer(), row.elementOffset(k), row.elementLength(k));
      }
    }
  }

  /**
   * A field of the joined encoding after the separator; null as empty. A separator inside a field
   * becomes a space, as in {@link HashChain}: in UTF-8 its byte stands for that character only.
   */
  private void joinedField(byte[] source, int offset, int length) {
    room(1 + Math.max(length, 0));
    data[used++] = UNIT_SEPARATOR;
    for (int k = 0; k < length; k++) {
      byte b = source[offset + k];
      data[used++] = b == UNIT_SEPARATOR ? SPACE : b;
    }
  }

  /**
   * Writes the number as {@link String#valueOf(long)} does, at {@code used}, without moving it.
   *
   * @return the number of bytes written
   */
  private int decimal(long number) {
    if (number < 0) {
      byte[] text = Long.toString(number).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      System.arraycopy(text, 0, data, used, text.length);
      return text.length;
    }
    int digits = 1;
    for (long rest = number / 10; rest != 0; rest /= 10) {
      digits++;
    }
    long rest = number;
    for (int k = digits - 1; k >= 0; k--) {
      data[used + k] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    return digits;
  }

  private int copyField(BinaryCopyReader row, int field) {
    int length = row.length(field);
    if (length == -1) {
      throw new IllegalStateException("column " + field + " of an access log row is NULL");
    }
    return put(row.buffer(), row.offset(field), length);
  }

  private int put(byte[] source, int offset, int length) {
    room(length);
    System.arraycopy(source, offset, data, used, length);
    used += length;
    return length;
  }

  private void putInt(int value) {
    data[used] = (byte) (value >>> 24);
    data[used + 1] = (byte) (value >>> 16);
    data[used + 2] = (byte) (value >>> 8);
    data[used + 3] = (byte) value;
    used += 4;
  }

  private void room(int count) {
    if (data.length - used < count) {
      data = Arrays.copyOf(data, Math.max(data.length * 2, used + count));
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
