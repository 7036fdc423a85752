package com.srm.mentoring.platform.entity;

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
 */
public final class HashChain {

  /** The link before the first record of a chain. */
  public static final byte[] GENESIS = new byte[32];

  /**
   * Between fields; a field that holds it has it replaced, so fields cannot run into each other.
   */
  private static final String SEPARATOR = "\u001f";

  private HashChain() {}

  /** The fields in the order given, as UTF-8; null is written as empty. */
  public static byte[] canonical(String... fields) {
    return Arrays.stream(fields)
        .map(field -> field == null ? "" : field.replace(SEPARATOR, " "))
        .collect(Collectors.joining(SEPARATOR))
        .getBytes(StandardCharsets.UTF_8);
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
