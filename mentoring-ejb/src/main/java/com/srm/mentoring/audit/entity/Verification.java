package com.srm.mentoring.audit.entity;

import java.time.Instant;
import java.util.Locale;

/**
 * The result of walking the access log's chain.
 *
 * @param ok whether the chain is whole
 * @param entries how many entries were checked
 * @param firstBadSequence where the chain first breaks, or null when it is whole
 * @param damage what kind of damage was found there, or null when the chain is whole
 * @param anchorSequence the entry the newest anchor outside the database vouches for, or null when
 *     there is none
 * @param receipt whether the log still holds the seal of the receipt given, or null without one
 * @param unsealedEntries how many entries of a whole log come after its last seal: no seal vouches
 *     for them yet, so they could be cut off without a trace until the next seal is anchored
 * @param unsealedSince when the oldest of those was written, or null when there are none
 */
public record Verification(
    boolean ok,
    long entries,
    Long firstBadSequence,
    Damage damage,
    Long anchorSequence,
    Receipt receipt,
    long unsealedEntries,
    Instant unsealedSince) {

  /** What became of the seal on a receipt an auditor kept. */
  public enum Receipt {
    /** The log holds the seal, unchanged, and is whole up to it. */
    COVERED,
    /** The log ends before the seal, holds another seal in its place, or breaks before it. */
    NOT_COVERED;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The kinds of damage the chain shows. */
  public enum Damage {
    /** An entry's content no longer matches its hash. */
    CHANGED,
    /** An entry is missing: the sequence has a gap. */
    REMOVED,
    /** An entry that was never appended sits between two that were. */
    INSERTED,
    /** Entries are out of the order in which they were appended. */
    REORDERED,
    /**
     * A seal does not match: the chain was recomputed by someone without the key, or a seal was
     * changed or removed. The first bad sequence is the first entry after the last good seal.
     */
    SEAL,
    /**
     * Entries a seal vouched for are gone from the end of the log: a seal in the database, or an
     * anchor outside it when the newest seals went too.
     */
    TRUNCATED;

    /** The name the REST API and the CSV use. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static Verification whole(long entries) {
    return new Verification(true, entries, null, null, null, null, 0, null);
  }

  public static Verification broken(long entries, long sequence, Damage damage) {
    return new Verification(false, entries, sequence, damage, null, null, 0, null);
  }

  /** The same result, naming the entry the newest anchor vouches for. */
  public Verification anchoredAt(Long sequence) {
    return new Verification(
        ok, entries, firstBadSequence, damage, sequence, receipt, unsealedEntries, unsealedSince);
  }

  /** The same result, with what became of the receipt given. */
  public Verification withReceipt(Receipt coverage) {
    return new Verification(
        ok,
        entries,
        firstBadSequence,
        damage,
        anchorSequence,
        coverage,
        unsealedEntries,
        unsealedSince);
  }

  /** The same result, naming the entries after the last seal: how many, and since when. */
  public Verification withUnsealed(long count, Instant oldest) {
    return new Verification(
        ok, entries, firstBadSequence, damage, anchorSequence, receipt, count, oldest);
  }
}
