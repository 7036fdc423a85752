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
 * One move of a concern along its path: who moved it (nobody when the deadline did), who owns it
 * now, a note for the concern's readers and the next deadline. The note is content and is erased
 * with the concern; the rest is metadata and stays. The note is sealed with the content keys
 * ({@link SealedText}).
 */
@Entity
@Table(name = "concern_transition")
@DynamicUpdate
public class Transition {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", nullable = false, updatable = false, length = 16)
  private ConcernState from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, updatable = false, length = 16)
  private ConcernState to;

  @Column(name = "actor_subject", updatable = false, length = 64)
  private String actor;

  @Column(name = "owner_subject", updatable = false, length = 64)
  private String owner;

  @Convert(converter = SealedText.class)
  @Column(columnDefinition = "text")
  private String note;

  @Column(updatable = false)
  private Instant deadline;

  @Column(name = "moved_at", nullable = false, updatable = false)
  private Instant at;

  protected Transition() {
    // for JPA
  }

  Transition(
      ConcernState from,
      ConcernState to,
      String actor,
      String owner,
      String note,
      Instant deadline,
      Instant at) {
    this.id = UUID.randomUUID();
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.owner = owner;
    this.note = note;
    this.deadline = deadline;
    this.at = at;
  }

  void erase() {
    note = null;
  }

  public ConcernState getFrom() {
    return from;
  }

  public ConcernState getTo() {
    return to;
  }

  /** Who moved it, or null when its deadline passed. */
  public String getActor() {
    return actor;
  }

  public String getOwner() {
    return owner;
  }

  public String getNote() {
    return note;
  }

  public Instant getDeadline() {
    return deadline;
  }

  public Instant getAt() {
    return at;
  }
}
