package com.srm.mentoring.audit.entity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A seal over the access log's head: which entry was the head, its hash, when, with which key, and
 * the seal before it. The MAC covers all of it, so seals form a chain of their own.
 *
 * @param number the seal's place in the chain of seals, from 1
 * @param sequence the sequence number of the entry that was the head
 * @param headHash that entry's hash
 * @param sealedAt when the seal was made, in UTC
 * @param keyId which configured key made the MAC
 * @param prevMac the MAC of the seal before, or {@link #GENESIS} for the first seal
 * @param mac the HMAC-SHA-256 over {@link #signedBytes()}
 */
public record Seal(
    long number,
    long sequence,
    byte[] headHash,
    Instant sealedAt,
    String keyId,
    byte[] prevMac,
    byte[] mac) {

  /** The link before the first seal. */
  public static final byte[] GENESIS = new byte[32];

  public Seal {
    // microseconds: what PostgreSQL keeps, so that the stored seal signs the same bytes
    sealedAt = sealedAt.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The seal after {@code last} (none: the first) over the entry {@code sequence} with hash {@code
   * headHash}, made now with the current key.
   */
  public static Seal next(
      Optional<Seal> last, long sequence, byte[] headHash, Instant now, SealKeys keys) {
    Seal unsigned =
        new Seal(
            last.map(s -> s.number() + 1).orElse(1L),
            sequence,
            headHash,
            now,
            keys.currentId(),
            last.map(Seal::mac).orElse(GENESIS),
            GENESIS);
    return new Seal(
        unsigned.number,
        unsigned.sequence,
        unsigned.headHash,
        unsigned.sealedAt,
        unsigned.keyId,
        unsigned.prevMac,
        keys.sign(unsigned.signedBytes()));
  }

  /** What the MAC covers, in a fixed order. */
  public byte[] signedBytes() {
    HexFormat hex = HexFormat.of();
    return String.join(
            "\u001f",
            String.valueOf(number),
            String.valueOf(sequence),
            hex.formatHex(headHash),
            String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, sealedAt)),
            keyId,
            hex.formatHex(prevMac))
        .getBytes(StandardCharsets.UTF_8);
  }
}
