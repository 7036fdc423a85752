package com.srm.mentoring.escalation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A "concern needs you" e-mail waiting to be sent: written with the hand-over that causes it,
 * deleted once the SMTP server took it. It names the recipient and the concern by id only.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  @Id private UUID id;

  @Column(name = "recipient_subject", nullable = false, updatable = false, length = 64)
  private String recipient;

  @Column(name = "concern_id", nullable = false, updatable = false)
  private UUID concernId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_try_at", nullable = false)
  private Instant nextTryAt;

  @Column(name = "last_failure", length = 500)
  private String lastFailure;

  protected OutboxMail() {
    // for JPA
  }

  public OutboxMail(String recipient, UUID concernId, Instant at) {
    this.id = UUID.randomUUID();
    this.recipient = recipient;
    this.concernId = concernId;
    this.createdAt = at;
    this.nextTryAt = at;
  }

  /**
   * Records a failed attempt and puts the next one off: {@code first} after the first failure,
   * doubling with each further one, never longer than {@code longest}.
   */
  public void failed(String why, Instant now, Duration first, Duration longest) {
    attempts++;
    Duration wait = first;
    for (int i = 1; i < attempts && wait.compareTo(longest) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    nextTryAt = now.plus(wait.compareTo(longest) > 0 ? longest : wait);
    lastFailure = why == null ? null : why.substring(0, Math.min(why.length(), 500));
  }

  public UUID getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public UUID getConcernId() {
    return concernId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextTryAt() {
    return nextTryAt;
  }

  public String getLastFailure() {
    return lastFailure;
  }
}
