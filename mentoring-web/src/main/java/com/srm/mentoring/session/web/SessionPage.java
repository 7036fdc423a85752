package com.srm.mentoring.session.web;

import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.pairing.web.PersonOption;
import com.srm.mentoring.pairing.web.ProgramFaces;
import com.srm.mentoring.platform.web.Refusals;
import com.srm.mentoring.session.boundary.Sessions;
import com.srm.mentoring.session.entity.SessionDetail;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A session's page: time and place, the agenda both parties add to until it starts, who attended;
 * for the facilitator also the opening script of the charter in force, and marking it held.
 */
@Named
@ViewScoped
public class SessionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A point on the agenda and who added it. */
  public record Item(String author, String text) implements Serializable {}

  @Inject Sessions sessions;

  @Inject FacesContext faces;

  private String id;
  private SessionDetail detail;
  private String text;
  private List<String> attended = new ArrayList<>();
  private LocalDateTime movedTo;

  public void load() {
    Optional<UUID> sessionId = ProgramFaces.id(id);
    if (sessionId.isEmpty()) {
      Refusals.notFound(faces);
      return;
    }
    try {
      detail = sessions.find(sessionId.get());
      attended = new ArrayList<>(List.of(detail.mentor().username(), detail.mentee().username()));
    } catch (RuntimeException e) {
      if (!Refusals.shown(faces, e)) {
        throw e;
      }
    }
  }

  public boolean isPlanned() {
    return detail != null && detail.planned();
  }

  /** A party adds to the agenda until the session starts, as the boundary computed it. */
  public boolean isMayAddToAgenda() {
    return detail != null && detail.mayAddToAgenda();
  }

  /** The pairing's people mark it held or cancel it while it is planned. */
  public boolean isMayMarkHeld() {
    return detail != null && detail.mayMarkHeld();
  }

  public String addToAgenda() {
    return act(() -> sessions.addToAgenda(uuid(), text), "session.itemAdded");
  }

  public String markHeld() {
    return act(() -> sessions.markHeld(uuid(), attended), "session.held");
  }

  public String cancel() {
    return act(() -> sessions.cancel(uuid()), "session.cancelled");
  }

  /** Moves the session to the time picked, in UTC like every time on the program's pages. */
  public String move() {
    return act(
        () -> sessions.move(uuid(), movedTo == null ? null : movedTo.toInstant(ZoneOffset.UTC)),
        "session.moved");
  }

  public LocalDateTime getMovedTo() {
    return movedTo;
  }

  public void setMovedTo(LocalDateTime movedTo) {
    this.movedTo = movedTo;
  }

  private UUID uuid() {
    return UUID.fromString(id);
  }

  private String act(Supplier<Object> change, String key) {
    try {
      change.get();
      ProgramFaces.say(faces, key);
      return "/program/session?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      if (Refusals.shown(faces, e)) {
        return null;
      }
      throw e;
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPairingId() {
    return detail == null ? null : detail.pairingId().toString();
  }

  public String getStartsAt() {
    return detail == null ? null : ProgramFaces.utc(detail.startsAt());
  }

  public String getPlace() {
    return detail == null ? null : detail.place();
  }

  public String getState() {
    return detail == null ? null : detail.state().name();
  }

  public String getOpeningScript() {
    return detail == null ? null : detail.openingScript();
  }

  public List<Item> getAgenda() {
    return detail == null
        ? List.of()
        : detail.agenda().stream().map(a -> new Item(a.author().displayName(), a.text())).toList();
  }

  public List<String> getAttendedNames() {
    return detail == null
        ? List.of()
        : detail.attended().stream().map(PersonName::displayName).sorted().toList();
  }

  public List<PersonOption> getPeople() {
    return detail == null
        ? List.of()
        : detail.people().stream()
            .map(p -> new PersonOption(p.username(), p.displayName()))
            .toList();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<String> getAttended() {
    return attended;
  }

  public void setAttended(List<String> attended) {
    this.attended = attended;
  }
}
