package com.srm.mentoring.privacy.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What an erasure did, kind by kind: how many records it erased, how many it kept and why
 * (docs/privacy.md, data requests).
 *
 * @param username the sign-in name the person had; the record no longer carries it
 */
public record ErasureReport(String username, Instant erasedAt, List<Part> parts)
    implements Serializable {

  /** Why a record was kept. */
  public enum Kept {
    /** A contact put the concern on legal hold: its content must stay until the hold is lifted. */
    LEGAL_HOLD,
    /** Signatures and withdrawals are append-only evidence, chained by hashes. */
    SIGNATURE_EVIDENCE,
    /** The access log is append-only and hash-chained; it holds no content. */
    ACCESS_LOG
  }

  /**
   * One kind of record: {@code erased} of them erased or anonymised, {@code kept} kept for the
   * reason {@code keptBecause} (null when none was kept).
   */
  public record Part(String kind, int erased, int kept, Kept keptBecause) implements Serializable {

    public static Part erased(String kind, int count) {
      return new Part(kind, count, 0, null);
    }

    public static Part kept(String kind, int count, Kept because) {
      return new Part(kind, 0, count, because);
    }
  }
}
