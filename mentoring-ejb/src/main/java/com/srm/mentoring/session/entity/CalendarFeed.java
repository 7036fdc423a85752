package com.srm.mentoring.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A person's private calendar feed. Its address holds a secret that only the person is shown, once;
 * the record keeps its SHA-256, so that whoever reads the database cannot subscribe. Creating the
 * feed again gives a new secret and the old address stops working; revoking deletes the record.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(
    name = CalendarFeed.BY_HASH,
    query = "SELECT f FROM CalendarFeed f WHERE f.secretHash = :hash")
public class CalendarFeed {

  public static final String BY_HASH = "CalendarFeed.byHash";

  /** 256 bits: an address nobody guesses. */
  static final int SECRET_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(length = 64)
  private String subject;

  @Column(name = "secret_hash", nullable = false, length = 64)
  private String secretHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CalendarFeed() {
    // for JPA
  }

  /** The person's feed with a secret of {@link #newSecret()}. */
  public CalendarFeed(String subject, String secret, Instant now) {
    this.subject = Objects.requireNonNull(subject, "subject is required");
    rotate(secret, now);
  }

  /** Replaces the secret: the old address answers nothing from now on. */
  public void rotate(String secret, Instant now) {
    this.secretHash = hash(Objects.requireNonNull(secret, "secret is required"));
    this.createdAt = now;
  }

  /** Whether this secret opens the feed. */
  public boolean opensWith(String secret) {
    return secret != null && secretHash.equals(hash(secret));
  }

  /** A fresh secret as it appears in the address: URL-safe, without padding. */
  public static String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of a secret, in lowercase hex, as the record keeps it. */
  public static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public String getSubject() {
    return subject;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
