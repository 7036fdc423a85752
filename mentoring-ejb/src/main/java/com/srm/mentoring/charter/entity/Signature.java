package com.srm.mentoring.charter.entity;

import com.srm.mentoring.platform.entity.HashChain;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A person's signature under one charter version: what was signed (version and hash), by whom, when
 * and from where. Signatures form a hash chain in the order they were given, so that a signature
 * changed or removed afterwards shows.
 */
@Entity
@Table(name = "charter_signature")
@NamedQuery(
    name = Signature.OF_SUBJECT,
    query = "SELECT s FROM Signature s WHERE s.subject = :subject ORDER BY s.sequence DESC")
@NamedQuery(
    name = Signature.BY_SUBJECT_AND_VERSION,
    query =
        "SELECT s FROM Signature s WHERE s.subject = :subject AND s.version = :version"
            + " ORDER BY s.sequence DESC")
@NamedQuery(
    name = Signature.COUNT_BY_VERSION,
    query = "SELECT s.version, COUNT(s) FROM Signature s GROUP BY s.version")
public class Signature {

  public static final String OF_SUBJECT = "Signature.ofSubject";
  public static final String BY_SUBJECT_AND_VERSION = "Signature.bySubjectAndVersion";
  public static final String COUNT_BY_VERSION = "Signature.countByVersion";

  /** The link before the first signature. */
  public static final byte[] GENESIS = HashChain.GENESIS;

  @Id private long sequence;

  @Column(nullable = false)
  private int version;

  @Column(name = "text_hash", nullable = false)
  private byte[] textHash;

  @Column(nullable = false, length = 64)
  private String subject;

  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "authenticated_at")
  private Instant authenticatedAt;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  @Column(name = "client_ip", length = 64)
  private String clientIp;

  @Column(name = "user_agent", length = Signer.USER_AGENT_LENGTH)
  private String userAgent;

  @Column(name = "prev_hash", nullable = false)
  private byte[] prevHash;

  @Column(nullable = false)
  private byte[] hash;

  /** How the fields were written for the hash; see {@link HashChain}. */
  @Column(name = "hash_encoding", nullable = false)
  private int hashEncoding;

  protected Signature() {
    // for JPA
  }

  /** The signature after the one whose hash is {@code prevHash}. */
  public Signature(
      long sequence, CharterVersion charter, Signer signer, Instant signedAt, byte[] prevHash) {
    if (!charter.isPublished()) {
      throw Refusal.invalid("version", "refusal.charter.notPublished");
    }
    this.sequence = sequence;
    this.version = charter.getVersion();
    this.textHash = charter.textHash();
    this.subject = signer.subject();
    this.username = signer.username();
    this.displayName = signer.displayName();
    // microseconds: what PostgreSQL keeps, so that the stored signature hashes the same
    this.authenticatedAt =
        signer.authenticatedAt() == null
            ? null
            : signer.authenticatedAt().truncatedTo(ChronoUnit.MICROS);
    this.signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
    this.clientIp = signer.clientIp();
    this.userAgent = signer.userAgent();
    this.prevHash = prevHash.clone();
    this.hashEncoding = HashChain.CURRENT;
    this.hash = computeHash();
  }

  /**
   * The fields in a fixed order, in the signature's encoding: what the hash covers besides the
   * link.
   */
  public byte[] canonicalBytes() {
    return HashChain.canonical(
        hashEncoding,
        String.valueOf(sequence),
        String.valueOf(version),
        HexFormat.of().formatHex(textHash),
        subject,
        username,
        displayName,
        HashChain.micros(authenticatedAt),
        HashChain.micros(signedAt),
        clientIp,
        userAgent);
  }

  public byte[] computeHash() {
    return HashChain.link(prevHash, canonicalBytes());
  }

  /** Whether the stored hash still matches the signature's content and link. */
  public boolean isIntact() {
    return Arrays.equals(hash, computeHash());
  }

  /** Whether this signature follows {@code previous} in the chain (null: it is the first). */
  public boolean follows(Signature previous) {
    return Arrays.equals(prevHash, previous == null ? GENESIS : previous.hash);
  }

  public long getSequence() {
    return sequence;
  }

  public int getVersion() {
    return version;
  }

  public String getTextHash() {
    return HexFormat.of().formatHex(textHash);
  }

  public String getSubject() {
    return subject;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Instant getAuthenticatedAt() {
    return authenticatedAt;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public String getClientIp() {
    return clientIp;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public String getPrevHash() {
    return HexFormat.of().formatHex(prevHash);
  }

  public String getHash() {
    return HexFormat.of().formatHex(hash);
  }

  public int getHashEncoding() {
    return hashEncoding;
  }

  public byte[] hashBytes() {
    return hash.clone();
  }
}
