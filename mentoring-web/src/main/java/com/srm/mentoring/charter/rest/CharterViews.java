package com.srm.mentoring.charter.rest;

import com.srm.mentoring.charter.entity.ChainCheck;
import com.srm.mentoring.charter.entity.CharterStatus;
import com.srm.mentoring.charter.entity.CharterVersion;
import com.srm.mentoring.charter.entity.Evidence;
import com.srm.mentoring.charter.entity.Signature;
import com.srm.mentoring.charter.entity.Withdrawal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The charter as the REST API shows it: records, never entities. */
public final class CharterViews {

  private CharterViews() {}

  /** A published version: its number, canonical text and hash, and the sections. */
  @Schema(
      description =
          "A published charter version: the canonical text a signature refers to, its SHA-256,"
              + " and its four sections")
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
  @Schema(
      description =
          "A signature: who signed which version's text when, from where, sealed into the hash"
              + " chain of all signatures (prevHash, hash)")
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
  @Schema(description = "A person's standing with the charter")
  public record Status(
      @Schema(description = "The newest version the person signed; null before any signature")
          Integer signedVersion,
      @Schema(description = "Whether the version signed is the one in force") boolean current,
      @Schema(description = "Whether the person withdrew from the program since signing")
          boolean withdrawn,
      @Schema(description = "The version in force, the one to sign") int currentVersion) {

    public static Status of(CharterStatus s) {
      return new Status(s.signedVersion(), s.current(), s.withdrawn(), s.currentVersion());
    }
  }

  /** The result of checking the chain of signatures up to and past this one. */
  @Schema(
      description =
          "The check of the signatures' hash chain: ok, how many were checked, the first broken")
  public record Chain(boolean ok, long checked, Long firstBadSequence) {

    public static Chain of(ChainCheck c) {
      return new Chain(c.ok(), c.checked(), c.firstBadSequence());
    }
  }

  /** Evidence: the signed text, the signature, the chain check. */
  @Schema(description = "The evidence of a signature: the text signed, the signature, the chain")
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
