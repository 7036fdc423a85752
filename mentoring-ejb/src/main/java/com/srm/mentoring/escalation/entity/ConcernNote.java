package com.srm.mentoring.escalation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A note on a concern, visible to all its readers; a note without author is what the application
 * tells the reporter, such as a step skipped because its only owners were excluded.
 */
@Entity
@Table(name = "concern_note")
public class ConcernNote {

  @Id private UUID id;

  @Column(name = "author_subject", updatable = false, length = 64)
  private String author;

  @Column(length = Concern.NOTE_LENGTH)
  private String body;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant at;

  protected ConcernNote() {
    // for JPA
  }

  ConcernNote(String author, String body, Instant at) {
    this.id = UUID.randomUUID();
    this.author = author;
    this.body = body;
    this.at = at;
  }

  void erase() {
    body = null;
  }

  /** The contact or reporter who wrote it, or null for a notice of the application. */
  public String getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public Instant getAt() {
    return at;
  }
}
