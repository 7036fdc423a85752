package com.srm.mentoring.charter.rest;

import com.srm.mentoring.charter.entity.ChainCheck;
import com.srm.mentoring.charter.entity.CharterStatus;
import com.srm.mentoring.charter.entity.CharterVersion;
import com.srm.mentoring.charter.entity.Evidence;
import com.srm.mentoring.charter.entity.Signature;
import com.srm.mentoring.charter.entity.Withdrawal;
import java.time.Instant;

/** The charter as the REST API shows it: records, never entities. */
public final class CharterViews {

  private CharterViews() {}

  /** A published version: its number, canonical text and hash, and the sections. */
  public record Charter(
      int version,
      String hash,
      Instant publishedAt,
      String text,
      String groundRules,
      String confidentiality,
      String escalationPath,
      String openingScript) {

    public static Charter of(CharterVersion v) {
      return new Charter(
          v.getVersion(),
          v.getHash(),
          v.getPublishedAt(),
          v.canonicalText(),
          v.getGroundRules(),
          v.getConfidentiality(),
          v.getEscalationPath(),
          v.getOpeningScript());
    }
  }

  /** A signature record. */
  public record SignatureRecord(
      long sequence,
      int version,
      String textHash,
      String subject,
      String username,
      String displayName,
      Instant authenticatedAt,
      Instant signedAt,
      String clientIp,
      String userAgent,
      String prevHash,
      String hash) {

    public static SignatureRecord of(Signature s) {
      return new SignatureRecord(
          s.getSequence(),
          s.getVersion(),
          s.getTextHash(),
          s.getSubject(),
          s.getUsername(),
          s.getDisplayName(),
          s.getAuthenticatedAt(),
          s.getSignedAt(),
          s.getClientIp(),
          s.getUserAgent(),
          s.getPrevHash(),
          s.getHash());
    }
  }

  /** {@code {"signedVersion": V or null, "current": …, "withdrawn": …, "currentVersion": N}}. */
  public record Status(
      Integer signedVersion, boolean current, boolean withdrawn, int currentVersion) {

    public static Status of(CharterStatus s) {
      return new Status(s.signedVersion(), s.current(), s.withdrawn(), s.currentVersion());
    }
  }

  /** The result of checking the chain of signatures up to and past this one. */
  public record Chain(boolean ok, long checked, Long firstBadSequence) {

    public static Chain of(ChainCheck c) {
      return new Chain(c.ok(), c.checked(), c.firstBadSequence());
    }
  }

  /** Evidence: the signed text, the signature, the chain check. */
  public record EvidenceView(Charter charter, SignatureRecord signature, Chain chain) {

    public static EvidenceView of(Evidence e) {
      return new EvidenceView(
          Charter.of(e.charter()), SignatureRecord.of(e.signature()), Chain.of(e.chain()));
    }
  }

  /** A withdrawal from the program. */
  public record WithdrawalRecord(Instant withdrawnAt, String reason) {

    public static WithdrawalRecord of(Withdrawal w) {
      return new WithdrawalRecord(w.getWithdrawnAt(), w.getReason());
    }
  }
}
