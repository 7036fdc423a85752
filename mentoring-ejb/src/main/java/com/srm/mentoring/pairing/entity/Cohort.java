package com.srm.mentoring.pairing.entity;

import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.platform.entity.PlainText;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One run of the reverse mentoring program.
 *
 * <p>A cohort starts as a draft, is activated when its pairings begin and is closed at its end; it
 * never goes back. Its anonymity threshold k is the least number of distinct respondents behind any
 * figure shown from its micro-question answers: never below {@value #MINIMUM_THRESHOLD}, so that no
 * answer can be traced back to a person.
 *
 * <p>Its facilitators run its sessions; its escalation contacts, at least one, are named on its
 * page to everyone in it, as the charter promises. Both are kept by OIDC subject.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(name = Cohort.ALL, query = "SELECT c FROM Cohort c ORDER BY c.startsOn DESC, c.name")
@NamedQuery(
    name = Cohort.OF_FACILITATOR,
    query =
        "SELECT c FROM Cohort c WHERE :subject MEMBER OF c.facilitators"
            + " ORDER BY c.startsOn DESC, c.name")
@NamedQuery(
    name = Cohort.COUNT_IN_STATE,
    query = "SELECT COUNT(c) FROM Cohort c WHERE c.state = :state")
public class Cohort {

  public static final String ALL = "Cohort.all";
  public static final String COUNT_IN_STATE = "Cohort.countInState";
  public static final String OF_FACILITATOR = "Cohort.ofFacilitator";

  /** Above this many pairings a cohort is no longer a pilot: HR is warned, not stopped. */
  public static final int PILOT_SIZE = 5;

  public static final int MINIMUM_THRESHOLD = 3;
  public static final int DEFAULT_THRESHOLD = 5;
  public static final int MAXIMUM_THRESHOLD = 50;
  public static final int NAME_LENGTH = 120;

  @Id private UUID id;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @PlainText(message = "{srm.cohort.name.plain}")
  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @NotNull
  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @NotNull
  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CohortState state;

  @Min(MINIMUM_THRESHOLD)
  @Max(MAXIMUM_THRESHOLD)
  @Column(name = "anonymity_threshold", nullable = false)
  private int anonymityThreshold;

  @NotNull
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cohort_facilitator", joinColumns = @JoinColumn(name = "cohort_id"))
  @Column(name = "subject", length = 64, nullable = false)
  private Set<String> facilitators = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "cohort_escalation_contact",
      joinColumns = @JoinColumn(name = "cohort_id"))
  @Column(name = "subject", length = 64, nullable = false)
  private Set<String> escalationContacts = new HashSet<>();

  /** When HR closed it, by the program clock: a concern's retention counts from here. */
  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected Cohort() {
    // for JPA
  }

  public Cohort(String name, LocalDate startsOn, LocalDate endsOn) {
    this.id = UUID.randomUUID();
    this.state = CohortState.DRAFT;
    this.anonymityThreshold = DEFAULT_THRESHOLD;
    this.createdAt = Instant.now();
    rename(name);
    reschedule(startsOn, endsOn);
  }

  public void rename(String newName) {
    Objects.requireNonNull(newName, "name is required");
    String trimmed = newName.strip();
    if (trimmed.isEmpty()) {
      throw Refusal.invalid("name", "refusal.cohort.nameBlank");
    }
    if (trimmed.length() > NAME_LENGTH) {
      throw Refusal.invalid("name", "refusal.cohort.nameTooLong", NAME_LENGTH);
    }
    this.name = trimmed;
  }

  /** Dates can change until the cohort closes; the end never lies before the start. */
  public void reschedule(LocalDate newStart, LocalDate newEnd) {
    Objects.requireNonNull(newStart, "startsOn is required");
    Objects.requireNonNull(newEnd, "endsOn is required");
    if (newEnd.isBefore(newStart)) {
      throw Refusal.invalid("endsOn", "refusal.cohort.endBeforeStart");
    }
    requireNotClosed();
    this.startsOn = newStart;
    this.endsOn = newEnd;
  }

  public void changeAnonymityThreshold(int k) {
    if (k < MINIMUM_THRESHOLD || k > MAXIMUM_THRESHOLD) {
      throw Refusal.invalid(
          "anonymityThreshold", "refusal.cohort.threshold", MINIMUM_THRESHOLD, MAXIMUM_THRESHOLD);
    }
    requireNotClosed();
    this.anonymityThreshold = k;
  }

  /** The facilitators who may run its pairings; checking they hold the role is the caller's. */
  public void appointFacilitators(Collection<String> subjects) {
    Objects.requireNonNull(subjects, "facilitators are required");
    requireNotClosed();
    facilitators.clear();
    facilitators.addAll(subjects);
  }

  /**
   * The escalation contacts named on the cohort's page; there is always at least one, since the
   * charter promises every participant a named contact.
   */
  public void nameEscalationContacts(Collection<String> subjects) {
    Objects.requireNonNull(subjects, "escalationContacts are required");
    if (subjects.isEmpty()) {
      throw Refusal.invalid("escalationContacts", "refusal.cohort.contacts");
    }
    requireNotClosed();
    escalationContacts.clear();
    escalationContacts.addAll(subjects);
  }

  public boolean isFacilitator(String subject) {
    return facilitators.contains(subject);
  }

  public boolean isEscalationContact(String subject) {
    return escalationContacts.contains(subject);
  }

  /**
   * Whether the person facilitates the cohort now: named on it, and holding the role. A role
   * reaches only while it is held: once HR takes it away, being named opens nothing.
   */
  public boolean isFacilitatedBy(Person person) {
    return isFacilitator(person.getSubject()) && person.holds(Roles.FACILITATOR);
  }

  /**
   * Whether the person is the cohort's escalation contact now: named on it, and holding the role.
   */
  public boolean hasAsContact(Person person) {
    return isEscalationContact(person.getSubject()) && person.holds(Roles.ESCALATION_CONTACT);
  }

  public boolean isClosed() {
    return state == CohortState.CLOSED;
  }

  public void activate() {
    if (state != CohortState.DRAFT) {
      throw Refusal.conflict(null, "refusal.cohort.notDraft", String.valueOf(state));
    }
    if (escalationContacts.isEmpty()) {
      throw Refusal.conflict("escalationContacts", "refusal.cohort.contactsBeforeStart");
    }
    this.state = CohortState.ACTIVE;
  }

  public void close(Instant at) {
    if (state != CohortState.ACTIVE) {
      throw Refusal.conflict(null, "refusal.cohort.notActive", String.valueOf(state));
    }
    this.state = CohortState.CLOSED;
    this.closedAt = Objects.requireNonNull(at, "closing time is required");
  }

  /** When it was closed, or null while it runs. */
  public Instant getClosedAt() {
    return closedAt;
  }

  private void requireNotClosed() {
    if (state == CohortState.CLOSED) {
      throw Refusal.conflict(null, "refusal.cohort.closed");
    }
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public CohortState getState() {
    return state;
  }

  public int getAnonymityThreshold() {
    return anonymityThreshold;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<String> getFacilitators() {
    return Set.copyOf(facilitators);
  }

  public Set<String> getEscalationContacts() {
    return Set.copyOf(escalationContacts);
  }

  public long getVersion() {
    return version;
  }
}
