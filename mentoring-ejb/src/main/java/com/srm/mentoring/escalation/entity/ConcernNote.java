package com.srm.mentoring.escalation.entity;

import com.srm.mentoring.platform.control.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A note on a concern, for all its readers, for the reporter alone or for the contacts only; a note
 * without author is what the application tells the reporter, such as a step skipped because its
 * only owners were excluded. Its body is sealed with the content keys ({@link SealedText}).
 */
@Entity
@Table(name = "concern_note")
@DynamicUpdate
public class ConcernNote {

  @Id private UUID id;

  @Column(name = "author_subject", updatable = false, length = 64)
  private String author;

  @Convert(converter = SealedText.class)
  @Column(columnDefinition = "text")
  private String body;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private NoteAudience audience;

  protected ConcernNote() {
    // for JPA
  }

  ConcernNote(String author, String body, Instant at) {
    this(author, body, NoteAudience.READERS, at);
  }

  ConcernNote(String author, String body, NoteAudience audience, Instant at) {
    this.id = UUID.randomUUID();
    this.author = author;
    this.body = body;
    this.audience = audience;
    this.at = at;
  }

  /** Whether the reader sees it: a note for the reporter alone is hidden from other contacts. */
  boolean isFor(String reader, boolean readerIsReporter) {
    return switch (audience) {
      case READERS -> true;
      case REPORTER -> readerIsReporter || reader.equals(author);
      case CONTACTS -> !readerIsReporter;
    };
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

  public NoteAudience getAudience() {
    return audience;
  }

  public Instant getAt() {
    return at;
  }
}
