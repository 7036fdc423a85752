package com.srm.mentoring.audit.entity;

import com.srm.mentoring.platform.entity.Refusal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A seal as it is kept outside the database: in the anchor file, in the server log, and as the
 * receipt an auditor downloads and keeps. Whoever can rewrite the database cannot rewrite these, so
 * a log that ends before an anchor, or whose seal differs from it, has lost entries or seals.
 *
 * <p>Written as one line: {@code access-log-seal number=12 sequence=4711 head=… mac=… key=…}, the
 * hashes in hex, the key id last.
 *
 * @param number the seal's number
 * @param sequence the entry it sealed
 * @param headHash that entry's hash
 * @param mac the seal's MAC
 * @param keyId the key that made it
 */
public record Anchor(long number, long sequence, byte[] headHash, byte[] mac, String keyId) {

  private static final String PREFIX = "access-log-seal";
  private static final int HASH_HEX = 64;

  public static Anchor of(Seal seal) {
    return new Anchor(seal.number(), seal.sequence(), seal.headHash(), seal.mac(), seal.keyId());
  }

  /** The anchor as one line, without the line end. */
  public String line() {
    HexFormat hex = HexFormat.of();
    return PREFIX
        + " number="
        + number
        + " sequence="
        + sequence
        + " head="
        + hex.formatHex(headHash)
        + " mac="
        + hex.formatHex(mac)
        + " key="
        + keyId;
  }

  /**
   * Reads a line {@link #line()} wrote.
   *
   * @throws Refusal naming what is wrong, for a receipt that is not one
   */
  public static Anchor parse(String line) {
    String text = line == null ? "" : line.strip();
    if (!text.startsWith(PREFIX + " ")) {
      throw Refusal.invalid("receipt", "refusal.audit.receipt.unknown", PREFIX);
    }
    Map<String, String> fields = new HashMap<>();
    String rest = text.substring(PREFIX.length()).strip();
    int key = rest.indexOf(" key=");
    if (key < 0) {
      throw Refusal.invalid("receipt", "refusal.audit.receipt.noKey");
    }
    fields.put("key", rest.substring(key + " key=".length()));
    for (String pair : rest.substring(0, key).split(" +")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        fields.put(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    return new Anchor(
        number(fields, "number"),
        number(fields, "sequence"),
        hash(fields, "head"),
        hash(fields, "mac"),
        fields.get("key"));
  }

  private static long number(Map<String, String> fields, String name) {
    try {
      long value = Long.parseLong(fields.getOrDefault(name, ""));
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw Refusal.invalid("receipt", "refusal.audit.receipt.number", name);
  }

  private static byte[] hash(Map<String, String> fields, String name) {
    String value = fields.getOrDefault(name, "");
    try {
      if (value.length() == HASH_HEX) {
        return HexFormat.of().parseHex(value);
      }
    } catch (IllegalArgumentException e) {
      // named below
    }
    throw Refusal.invalid("receipt", "refusal.audit.receipt.hash", name, HASH_HEX);
  }

  /** Whether {@code seal} is the seal this anchor was taken from. */
  public boolean matches(Seal seal) {
    return seal.number() == number
        && seal.sequence() == sequence
        && Arrays.equals(seal.headHash(), headHash)
        && Arrays.equals(seal.mac(), mac)
        && seal.keyId().equals(keyId);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Anchor a && a.line().equals(line());
  }

  @Override
  public int hashCode() {
    return line().hashCode();
  }

  @Override
  public String toString() {
    return line();
  }
}
