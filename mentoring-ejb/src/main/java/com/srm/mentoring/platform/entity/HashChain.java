package com.srm.mentoring.platform.entity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The hashing behind the product's tamper-evident records (the access log, charter signatures):
 * each record's hash covers the hash of the record before it and the record's own fields, written
 * in a fixed order. Changing, removing or reordering a record then breaks every link after it.
 *
 * <p>Each record stores the encoding its fields were written in, so that records hashed before an
 * encoding changed keep verifying as they were written.
 */
public final class HashChain {

  /** The link before the first record of a chain. */
  public static final byte[] GENESIS = new byte[32];

  /**
   * The first encoding: fields joined by the unit separator, null written as empty. It is ambiguous
   * (null and "" hash alike, a separator inside a field is rewritten to a space), and is only read,
   * for records written with it.
   */
  public static final int JOINED = 1;

  /**
   * The encoding new records are written in: a version byte, then per field a marker (0 for null, 1
   * for a value) and for a value its length in UTF-8 bytes (4 bytes, big-endian) and the bytes. No
   * two different lists of fields encode alike.
   */
  public static final int LENGTH_PREFIXED = 2;

  /** The encoding new records are written in. */
  public static final int CURRENT = LENGTH_PREFIXED;

  private static final String SEPARATOR = "\u001f";
  private static final byte NULL = 0;
  private static final byte VALUE = 1;

  private HashChain() {}

  /**
   * The fields in the order given, in the encoding named.
   *
   * @throws IllegalArgumentException when the encoding is not one of the known ones
   */
  public static byte[] canonical(int encoding, String... fields) {
    return switch (encoding) {
      case JOINED -> joined(fields);
      case LENGTH_PREFIXED -> lengthPrefixed(fields);
      default -> throw new IllegalArgumentException("unknown hash encoding " + encoding);
    };
  }

  private static byte[] joined(String... fields) {
    return Arrays.stream(fields)
        .map(field -> field == null ? "" : field.replace(SEPARATOR, " "))
        .collect(Collectors.joining(SEPARATOR))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] lengthPrefixed(String... fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(LENGTH_PREFIXED);
    for (String field : fields) {
      if (field == null) {
        out.write(NULL);
      } else {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        out.write(VALUE);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        out.writeBytes(bytes);
      }
    }
    return out.toByteArray();
  }

  /** SHA-256 over the previous record's hash and this record's canonical bytes. */
  public static byte[] link(byte[] prevHash, byte[] canonical) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(prevHash);
      return sha256.digest(canonical);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** An instant as the canonical fields write it: microseconds since the epoch, as stored. */
  public static String micros(Instant instant) {
    return instant == null
        ? null
        : String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
  }
}
