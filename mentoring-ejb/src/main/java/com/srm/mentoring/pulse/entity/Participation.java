package com.srm.mentoring.pulse.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * "This person answered for this session": enough for the one-answer rule, the facilitator's
 * reminder list and the size of each batch, and nothing that leads to the answer itself (no time,
 * no serial). Written with a native insert that refuses a second answer (see {@code Pulses}).
 */
@Entity
@Table(name = "pulse_participation")
@IdClass(Participation.Key.class)
@NamedQuery(
    name = Participation.ANSWERED_IN_COHORT,
    query = "SELECT p FROM Participation p WHERE p.cohortId = :cohort")
public class Participation {

  public static final String ANSWERED_IN_COHORT = "Participation.answeredInCohort";

  @Id
  @Column(name = "person_subject", length = 64)
  private String subject;

  @Id
  @Column(name = "session_id")
  private UUID sessionId;

  @Column(name = "cohort_id", nullable = false, updatable = false)
  private UUID cohortId;

  @Enumerated(EnumType.STRING)
  @Column(name = "respondent_role", nullable = false, updatable = false, length = 8)
  private RespondentRole role;

  /** True until the answer's batch is released or discarded. */
  @Column(nullable = false)
  private boolean pending;

  protected Participation() {
    // for JPA
  }

  public String getSubject() {
    return subject;
  }

  public UUID getSessionId() {
    return sessionId;
  }

  public UUID getCohortId() {
    return cohortId;
  }

  public RespondentRole getRole() {
    return role;
  }

  public boolean isPending() {
    return pending;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String subject;
    private UUID sessionId;

    protected Key() {
      // for JPA
    }

    public Key(String subject, UUID sessionId) {
      this.subject = subject;
      this.sessionId = sessionId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(subject, key.subject)
          && Objects.equals(sessionId, key.sessionId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(subject, sessionId);
    }
  }
}
