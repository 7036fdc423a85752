package com.srm.mentoring.charter.entity;

import com.srm.mentoring.platform.entity.PlainText;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A person left the program. Anyone may, at any time, with a reason or without; signing the charter
 * again afterwards brings them back.
 */
@Entity
@Table(name = "program_withdrawal")
@NamedQuery(
    name = Withdrawal.LATEST_OF_SUBJECT,
    query = "SELECT w FROM Withdrawal w WHERE w.subject = :subject ORDER BY w.withdrawnAt DESC")
public class Withdrawal {

  public static final String LATEST_OF_SUBJECT = "Withdrawal.latestOfSubject";

  /** The longest reason kept. */
  public static final int REASON_LENGTH = 1_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  private String subject;

  @Column(name = "withdrawn_at", nullable = false)
  private Instant withdrawnAt;

  @PlainText(message = "{srm.withdrawal.reason.plain}")
  @Column(length = REASON_LENGTH)
  private String reason;

  protected Withdrawal() {
    // for JPA
  }

  public Withdrawal(String subject, String reason, Instant now) {
    this.subject = Objects.requireNonNull(subject, "subject");
    String trimmed = reason == null ? null : reason.strip();
    if (trimmed != null && trimmed.length() > REASON_LENGTH) {
      throw Refusal.invalid("reason", "refusal.atMostCharacters", REASON_LENGTH);
    }
    if (!PlainText.Validator.isPlain(trimmed)) {
      throw Refusal.invalid("reason", "refusal.plainText");
    }
    this.reason = trimmed == null || trimmed.isEmpty() ? null : trimmed;
    this.withdrawnAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  public Long getId() {
    return id;
  }

  public String getSubject() {
    return subject;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getReason() {
    return reason;
  }
}
