package com.srm.mentoring.audit.entity;

import java.util.Locale;

/**
 * The result of walking the access log's chain.
 *
 * @param ok whether the chain is whole
 * @param entries how many entries were checked
 * @param firstBadSequence where the chain first breaks, or null when it is whole
 * @param damage what kind of damage was found there, or null when the chain is whole
 */
public record Verification(boolean ok, long entries, Long firstBadSequence, Damage damage) {

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
    /** Entries a seal vouched for are gone from the end of the log. */
    TRUNCATED;

    /** The name the REST API and the CSV use. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static Verification whole(long entries) {
    return new Verification(true, entries, null, null);
  }

  public static Verification broken(long entries, long sequence, Damage damage) {
    return new Verification(false, entries, sequence, damage);
  }
}
