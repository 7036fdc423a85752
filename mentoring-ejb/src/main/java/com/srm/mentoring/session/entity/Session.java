package com.srm.mentoring.session.entity;

import com.srm.mentoring.platform.entity.HasRecordId;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One meeting of a pairing (docs/rules.md, sessions). Planned for a time in the future; both
 * parties add to its agenda until it starts; then it is marked held, with who attended, or
 * cancelled.
 */
@Entity
@Table(name = "mentoring_session")
@NamedQuery(
    name = Session.OF_PAIRING,
    query = "SELECT s FROM Session s WHERE s.pairingId = :pairing ORDER BY s.startsAt")
@NamedQuery(
    name = Session.OF_PAIRINGS,
    query = "SELECT s FROM Session s WHERE s.pairingId IN :pairings ORDER BY s.startsAt")
public class Session implements HasRecordId {

  public static final String OF_PAIRING = "Session.ofPairing";
  public static final String OF_PAIRINGS = "Session.ofPairings";
  public static final int PLACE_LENGTH = 500;

  @Id private UUID id;

  @NotNull
  @Column(name = "pairing_id", nullable = false, updatable = false)
  private UUID pairingId;

  @NotNull
  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Size(max = PLACE_LENGTH)
  @Column(length = PLACE_LENGTH)
  private String place;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SessionState state;

  @Column(name = "planned_at", nullable = false, updatable = false)
  private Instant plannedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "session_agenda_item", joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "position")
  private List<AgendaItem> agenda = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "session_attendance", joinColumns = @JoinColumn(name = "session_id"))
  @Column(name = "subject", length = 64, nullable = false)
  private Set<String> attendance = new HashSet<>();

  /**
   * How often the time was changed or the session cancelled: the SEQUENCE of its calendar
   * invitation, so that calendar programs take the latest invitation over an earlier one.
   */
  @Column(name = "calendar_sequence", nullable = false)
  private int calendarSequence;

  @Version private long version;

  protected Session() {
    // for JPA
  }

  /** Plans a session; it starts after {@code now}. */
  public Session(UUID pairingId, Instant startsAt, String place, Instant now) {
    this.id = UUID.randomUUID();
    this.pairingId = Objects.requireNonNull(pairingId, "pairing is required");
    requireFuture(startsAt, now);
    this.startsAt = startsAt;
    this.place = placeOf(place);
    this.state = SessionState.PLANNED;
    this.plannedAt = now;
  }

  private static void requireFuture(Instant startsAt, Instant now) {
    if (startsAt == null) {
      // a form whose time was left empty: named like any other wrong value
      throw Refusal.invalid("startsAt", "refusal.isRequired");
    }
    if (!startsAt.isAfter(now)) {
      throw Refusal.invalid("startsAt", "refusal.session.future");
    }
  }

  private static String placeOf(String place) {
    if (place == null || place.isBlank()) {
      return null;
    }
    String trimmed = place.strip();
    if (trimmed.length() > PLACE_LENGTH) {
      throw Refusal.invalid("place", "refusal.mustBeAtMostCharacters", PLACE_LENGTH);
    }
    return trimmed;
  }

  /** A party adds a point to talk about, until the session starts. */
  public void addToAgenda(String author, String text, Instant now) {
    Objects.requireNonNull(author, "author is required");
    if (state != SessionState.PLANNED || !now.isBefore(startsAt)) {
      throw Refusal.conflict("agenda", "refusal.agenda.closed");
    }
    if (text == null || text.isBlank()) {
      throw Refusal.invalid("text", "refusal.agenda.empty");
    }
    String trimmed = text.strip();
    if (trimmed.length() > AgendaItem.TEXT_LENGTH) {
      throw Refusal.invalid("text", "refusal.agenda.tooLong", AgendaItem.TEXT_LENGTH);
    }
    agenda.add(new AgendaItem(author, trimmed, now));
  }

  /** The session took place, with these people; the boundary locks the pairing's objective. */
  public void markHeld(Collection<String> attendees, Instant now) {
    requirePlanned();
    Objects.requireNonNull(attendees, "attended is required");
    if (attendees.isEmpty()) {
      throw Refusal.invalid("attended", "refusal.session.attendance");
    }
    attendance.clear();
    attendance.addAll(attendees);
    state = SessionState.HELD;
    closedAt = now;
  }

  /** Moves a planned session to another time to come; its invitation's sequence rises. */
  public void move(Instant startsAt, Instant now) {
    requirePlanned();
    requireFuture(startsAt, now);
    this.startsAt = startsAt;
    calendarSequence++;
  }

  public void cancel(Instant now) {
    requirePlanned();
    state = SessionState.CANCELLED;
    closedAt = now;
    calendarSequence++;
  }

  private void requirePlanned() {
    if (state != SessionState.PLANNED) {
      throw Refusal.conflict(
          "session", "refusal.session.already." + state.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /**
   * Removes what this person put on the agenda, on their request; the other party's items stay.
   *
   * @return how many items were removed
   */
  public int eraseAgendaOf(String author) {
    int before = agenda.size();
    agenda.removeIf(item -> item.getAuthor().equals(author));
    return before - agenda.size();
  }

  public UUID getId() {
    return id;
  }

  public UUID getPairingId() {
    return pairingId;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public String getPlace() {
    return place;
  }

  public SessionState getState() {
    return state;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public List<AgendaItem> getAgenda() {
    return List.copyOf(agenda);
  }

  public Set<String> getAttendance() {
    return Set.copyOf(attendance);
  }

  public int getCalendarSequence() {
    return calendarSequence;
  }

  public long getVersion() {
    return version;
  }
}
