package com.srm.mentoring.pairing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * "An escalation contact of your running cohort was named or removed", for the cohort's other
 * contacts and its facilitators: who reads what juniors raise never changes unseen by the people
 * who work beside them. It is marked seen only when its reader says so.
 */
@Entity
@Table(name = "cohort_notice")
@NamedQuery(
    name = CohortNotice.UNSEEN,
    query =
        "SELECT n FROM CohortNotice n WHERE n.recipient = :me AND n.seen = false"
            + " ORDER BY n.createdAt DESC")
public class CohortNotice {

  public static final String UNSEEN = "CohortNotice.unseen";

  /** What changed about the cohort's contacts. */
  public enum Kind {
    CONTACT_NAMED,
    CONTACT_REMOVED
  }

  @Id private UUID id;

  @Column(name = "recipient_subject", nullable = false, updatable = false, length = 64)
  private String recipient;

  @Column(name = "cohort_id", nullable = false, updatable = false)
  private UUID cohortId;

  @Column(name = "cohort_name", nullable = false, updatable = false, length = Cohort.NAME_LENGTH)
  private String cohortName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 24)
  private Kind kind;

  /** The display name of the contact named or removed. */
  @Column(name = "contact_name", nullable = false, updatable = false)
  private String contactName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private boolean seen;

  protected CohortNotice() {
    // for JPA
  }

  public CohortNotice(
      String recipient, Cohort cohort, Kind kind, String contactName, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.recipient = Objects.requireNonNull(recipient, "recipient is required");
    this.cohortId = cohort.getId();
    this.cohortName = cohort.getName();
    this.kind = Objects.requireNonNull(kind, "kind is required");
    this.contactName = Objects.requireNonNull(contactName, "contact is required");
    this.createdAt = Objects.requireNonNull(createdAt, "time is required");
  }

  public UUID getId() {
    return id;
  }

  public UUID getCohortId() {
    return cohortId;
  }

  public String getCohortName() {
    return cohortName;
  }

  public Kind getKind() {
    return kind;
  }

  public String getContactName() {
    return contactName;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isSeen() {
    return seen;
  }
}
