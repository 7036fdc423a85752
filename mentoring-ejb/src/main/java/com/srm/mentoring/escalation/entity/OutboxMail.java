package com.srm.mentoring.escalation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An e-mail waiting to be sent: written with the change that causes it, deleted once the SMTP
 * server took it. Either a "concern needs you" notice, which names the recipient and the concern by
 * id only, or a session's calendar invitation, which holds its iCalendar text (times, the pairing's
 * names and a link, nothing a party wrote for themselves).
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  @Id private UUID id;

  @Column(name = "recipient_subject", nullable = false, updatable = false, length = 64)
  private String recipient;

  @Column(name = "concern_id", updatable = false)
  private UUID concernId;

  @Column(name = "session_id", updatable = false)
  private UUID sessionId;

  @Column(updatable = false, columnDefinition = "text")
  private String calendar;

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
    this(recipient, Objects.requireNonNull(concernId, "concern is required"), null, null, at);
  }

  private OutboxMail(
      String recipient, UUID concernId, UUID sessionId, String calendar, Instant at) {
    this.id = UUID.randomUUID();
    this.recipient = Objects.requireNonNull(recipient, "recipient is required");
    this.concernId = concernId;
    this.sessionId = sessionId;
    this.calendar = calendar;
    this.createdAt = at;
    this.nextTryAt = at;
  }

  /** A calendar invitation (or cancellation) of a session for the recipient, as iCalendar text. */
  public static OutboxMail invitation(
      String recipient, UUID sessionId, String calendar, Instant at) {
    return new OutboxMail(
        recipient,
        null,
        Objects.requireNonNull(sessionId, "session is required"),
        Objects.requireNonNull(calendar, "calendar is required"),
        at);
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

  /** The session an invitation is about, or null for a concern notice. */
  public UUID getSessionId() {
    return sessionId;
  }

  /** The iCalendar text of an invitation, or null for a concern notice. */
  public String getCalendar() {
    return calendar;
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
