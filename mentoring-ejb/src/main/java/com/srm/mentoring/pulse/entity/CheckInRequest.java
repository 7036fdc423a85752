package com.srm.mentoring.pulse.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * "I'd like a confidential check-in", ticked with an answer. It is in the person's name, as a
 * concern is (docs/rules.md, concerns), and therefore holds none of the answer's values, only the
 * day: the moment would line it up with the answer written in the same request. It waits here until
 * it is opened as a step-1 concern.
 */
@Entity
@Table(name = "pulse_check_in")
public class CheckInRequest {

  @Id private UUID id;

  @Column(name = "person_subject", nullable = false, updatable = false, length = 64)
  private String subject;

  @Column(name = "cohort_id", nullable = false, updatable = false)
  private UUID cohortId;

  @Column(name = "pairing_id", nullable = false, updatable = false)
  private UUID pairingId;

  @Column(name = "requested_on", nullable = false, updatable = false)
  private LocalDate requestedOn;

  /** Set once the request has become a concern. */
  @Column(nullable = false)
  private boolean opened;

  protected CheckInRequest() {
    // for JPA
  }

  public CheckInRequest(String subject, UUID cohortId, UUID pairingId, LocalDate requestedOn) {
    this.id = UUID.randomUUID();
    this.subject = Objects.requireNonNull(subject, "subject is required");
    this.cohortId = Objects.requireNonNull(cohortId, "cohort is required");
    this.pairingId = Objects.requireNonNull(pairingId, "pairing is required");
    this.requestedOn = Objects.requireNonNull(requestedOn, "day is required");
  }

  /** The request became a step-1 concern. */
  public void markOpened() {
    opened = true;
  }

  public UUID getId() {
    return id;
  }

  public String getSubject() {
    return subject;
  }

  public UUID getCohortId() {
    return cohortId;
  }

  public UUID getPairingId() {
    return pairingId;
  }

  public LocalDate getRequestedOn() {
    return requestedOn;
  }

  public boolean isOpened() {
    return opened;
  }
}
