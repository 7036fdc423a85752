package com.srm.mentoring.pulse.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * An answer waiting for its batch. It has the columns of a released answer and nothing else: a
 * random key, the cohort, the side of the pairing, a week, the three values. It is never updated
 * (no version), only moved to the answer table or discarded.
 */
@Entity
@Table(name = "pulse_holding")
public class HeldAnswer {

  @Id private UUID id;

  @Column(name = "cohort_id", nullable = false, updatable = false)
  private UUID cohortId;

  @Enumerated(EnumType.STRING)
  @Column(name = "respondent_role", nullable = false, updatable = false, length = 8)
  private RespondentRole role;

  @Column(name = "iso_week", nullable = false, updatable = false, length = 8)
  private String isoWeek;

  @Column(name = "spoke_openly", nullable = false, updatable = false)
  private short spokeOpenly;

  @Column(name = "felt_heard", nullable = false, updatable = false)
  private short feltHeard;

  @Column(name = "would_recommend", nullable = false, updatable = false)
  private short wouldRecommend;

  protected HeldAnswer() {
    // for JPA
  }

  public HeldAnswer(UUID cohortId, RespondentRole role, String isoWeek, Answer answer) {
    this.id = UUID.randomUUID();
    this.cohortId = Objects.requireNonNull(cohortId, "cohort is required");
    this.role = Objects.requireNonNull(role, "role is required");
    this.isoWeek = Objects.requireNonNull(isoWeek, "week is required");
    this.spokeOpenly = (short) answer.spokeOpenly();
    this.feltHeard = (short) answer.feltHeard();
    this.wouldRecommend = (short) answer.wouldRecommend();
  }

  public UUID getCohortId() {
    return cohortId;
  }

  public RespondentRole getRole() {
    return role;
  }

  public Answer getAnswer() {
    return new Answer(spokeOpenly, feltHeard, wouldRecommend);
  }
}
