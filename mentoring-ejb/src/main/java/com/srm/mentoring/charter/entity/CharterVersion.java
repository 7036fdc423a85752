package com.srm.mentoring.charter.entity;

import com.srm.mentoring.platform.entity.PlainText;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One version of the charter. HR writes a draft in four sections and publishes it; from then on it
 * is final, and its SHA-256 over the canonical text is what every signature refers to.
 */
@Entity
@Table(name = "charter_version")
@NamedQuery(
    name = CharterVersion.CURRENT,
    query = "SELECT c FROM CharterVersion c WHERE c.state = :published ORDER BY c.version DESC")
@NamedQuery(
    name = CharterVersion.DRAFT,
    query = "SELECT c FROM CharterVersion c WHERE c.state = :draft")
@NamedQuery(
    name = CharterVersion.ALL,
    query = "SELECT c FROM CharterVersion c ORDER BY c.version DESC")
public class CharterVersion {

  public static final String CURRENT = "CharterVersion.current";
  public static final String DRAFT = "CharterVersion.draft";
  public static final String ALL = "CharterVersion.all";

  /** The most characters one section may have: the charter fits on one page. */
  public static final int SECTION_LENGTH = 4_000;

  @Id private int version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CharterState state;

  @NotBlank(message = "{srm.charter.groundRules.empty}")
  @Size(max = SECTION_LENGTH, message = "{srm.charter.groundRules.size}")
  @PlainText(message = "{srm.charter.groundRules.plain}")
  @Column(name = "ground_rules", nullable = false)
  private String groundRules;

  @NotBlank(message = "{srm.charter.confidentiality.empty}")
  @Size(max = SECTION_LENGTH, message = "{srm.charter.confidentiality.size}")
  @PlainText(message = "{srm.charter.confidentiality.plain}")
  @Column(nullable = false)
  private String confidentiality;

  @NotBlank(message = "{srm.charter.escalationPath.empty}")
  @Size(max = SECTION_LENGTH, message = "{srm.charter.escalationPath.size}")
  @PlainText(message = "{srm.charter.escalationPath.plain}")
  @Column(name = "escalation_path", nullable = false)
  private String escalationPath;

  @NotBlank(message = "{srm.charter.openingScript.empty}")
  @Size(max = SECTION_LENGTH, message = "{srm.charter.openingScript.size}")
  @PlainText(message = "{srm.charter.openingScript.plain}")
  @Column(name = "opening_script", nullable = false)
  private String openingScript;

  @Column(name = "text_hash")
  private byte[] textHash;

  @Column(name = "drafted_at", nullable = false)
  private Instant draftedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected CharterVersion() {
    // for JPA
  }

  /** A new draft, numbered after the last version, starting from the text of {@code basis}. */
  public CharterVersion(int version, CharterVersion basis, Instant now) {
    this(
        version,
        basis.groundRules,
        basis.confidentiality,
        basis.escalationPath,
        basis.openingScript,
        now);
  }

  public CharterVersion(
      int version,
      String groundRules,
      String confidentiality,
      String escalationPath,
      String openingScript,
      Instant now) {
    if (version < 1) {
      throw new IllegalArgumentException("version: must be at least 1");
    }
    this.version = version;
    this.state = CharterState.DRAFT;
    this.draftedAt = now.truncatedTo(ChronoUnit.MICROS);
    revise(groundRules, confidentiality, escalationPath, openingScript);
  }

  /** Replaces the draft's text. */
  public void revise(
      String groundRules, String confidentiality, String escalationPath, String openingScript) {
    if (state != CharterState.DRAFT) {
      throw Refusal.conflict(null, "refusal.charter.final", String.valueOf(version));
    }
    this.groundRules = normalized(groundRules);
    this.confidentiality = normalized(confidentiality);
    this.escalationPath = normalized(escalationPath);
    this.openingScript = normalized(openingScript);
  }

  /** Makes the draft final and the one people sign. */
  public void publish(String by, Instant now) {
    if (state != CharterState.DRAFT) {
      throw Refusal.conflict(null, "refusal.charter.published", String.valueOf(version));
    }
    this.state = CharterState.PUBLISHED;
    this.publishedAt = now.truncatedTo(ChronoUnit.MICROS);
    this.publishedBy = Objects.requireNonNull(by, "by");
    this.textHash = sha256(canonicalText());
  }

  /**
   * The text a signature refers to: the version number and the four sections under their headings,
   * with {@code \n} line ends. The default charter's migration builds the same text.
   */
  public String canonicalText() {
    return "Charter version "
        + version
        + "\n\n"
        + "Ground rules\n"
        + groundRules
        + "\n\n"
        + "Confidentiality\n"
        + confidentiality
        + "\n\n"
        + "Escalation path\n"
        + escalationPath
        + "\n\n"
        + "Facilitator's opening script\n"
        + openingScript
        + "\n";
  }

  /** Whether the stored hash still matches the text; always false for a draft. */
  public boolean isIntact() {
    return textHash != null && Arrays.equals(textHash, sha256(canonicalText()));
  }

  /** Whether {@code hash}, as hex, is this version's hash. */
  public boolean hasHash(String hash) {
    return textHash != null && HexFormat.of().formatHex(textHash).equalsIgnoreCase(hash);
  }

  private static String normalized(String section) {
    return section == null ? null : section.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public int getVersion() {
    return version;
  }

  public CharterState getState() {
    return state;
  }

  public boolean isPublished() {
    return state == CharterState.PUBLISHED;
  }

  public String getGroundRules() {
    return groundRules;
  }

  public String getConfidentiality() {
    return confidentiality;
  }

  public String getEscalationPath() {
    return escalationPath;
  }

  public String getOpeningScript() {
    return openingScript;
  }

  /** The hash as hex, or null for a draft. */
  public String getHash() {
    return textHash == null ? null : HexFormat.of().formatHex(textHash);
  }

  public byte[] textHash() {
    return textHash == null ? null : textHash.clone();
  }

  public Instant getDraftedAt() {
    return draftedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }
}
