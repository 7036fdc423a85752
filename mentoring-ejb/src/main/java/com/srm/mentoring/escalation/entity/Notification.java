package com.srm.mentoring.escalation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * "A concern needs you", shown on a contact's home page when a concern was handed to them. It names
 * the concern only by id, never its content, and only while its recipient may still read it.
 */
@Entity
@Table(name = "concern_notification")
@NamedQuery(
    name = Notification.UNSEEN,
    query =
        "SELECT n FROM Notification n WHERE n.recipient = :me AND n.seen = false"
            + " AND n.concernId IN (SELECT c.id FROM Concern c WHERE "
            + Concern.READ_RULE
            + ") ORDER BY n.createdAt DESC")
public class Notification {

  public static final String UNSEEN = "Notification.unseen";

  @Id private UUID id;

  @Column(name = "recipient_subject", nullable = false, updatable = false, length = 64)
  private String recipient;

  @Column(name = "concern_id", nullable = false, updatable = false)
  private UUID concernId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private boolean seen;

  protected Notification() {
    // for JPA
  }

  public Notification(String recipient, UUID concernId, Instant at) {
    this.id = UUID.randomUUID();
    this.recipient = recipient;
    this.concernId = concernId;
    this.createdAt = at;
  }

  public void markSeen() {
    seen = true;
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

  public boolean isSeen() {
    return seen;
  }
}
