package com.srm.mentoring.session.web;

import com.srm.mentoring.identity.boundary.People;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.web.PersonOption;
import com.srm.mentoring.pairing.web.ProgramFaces;
import com.srm.mentoring.platform.web.Refusals;
import com.srm.mentoring.session.boundary.Sessions;
import com.srm.mentoring.session.entity.Session;
import com.srm.mentoring.session.entity.SessionDetail;
import com.srm.mentoring.session.entity.SessionState;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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

  @Inject transient Sessions sessions;

  @Inject transient People people;

  @Inject transient FacesContext faces;

  private String id;
  private String pairingId;
  private String startsAt;
  private String place;
  private String state;
  private String openingScript;
  private boolean party;
  private boolean involved;
  private List<Item> agenda = new ArrayList<>();
  private List<String> attendedNames = new ArrayList<>();
  private List<PersonOption> people3 = new ArrayList<>();

  private String text;
  private List<String> attended = new ArrayList<>();

  public void load() {
    Optional<UUID> sessionId = ProgramFaces.id(id);
    if (sessionId.isEmpty()) {
      Refusals.notFound(faces);
      return;
    }
    try {
      SessionDetail detail = sessions.find(sessionId.get());
      Session s = detail.session();
      Pairing p = detail.pairing();
      pairingId = p.getId().toString();
      startsAt = ProgramFaces.utc(s.getStartsAt());
      place = s.getPlace();
      state = s.getState().name();
      openingScript = detail.openingScript();
      agenda =
          s.getAgenda().stream()
              .map(a -> new Item(ProgramFaces.name(people, a.getAuthor()), a.getText()))
              .toList();
      attendedNames =
          s.getAttendance().stream().map(a -> ProgramFaces.name(people, a)).sorted().toList();
      people3 =
          List.of(p.getMentor(), p.getMentee(), p.getFacilitator()).stream()
              .map(
                  subject ->
                      new PersonOption(
                          ProgramFaces.username(people, subject),
                          ProgramFaces.name(people, subject)))
              .toList();
      String me = faces.getExternalContext().getUserPrincipal().getName();
      party = me.equals(people3.get(0).username()) || me.equals(people3.get(1).username());
      involved = party || me.equals(people3.get(2).username());
      attended = new ArrayList<>(List.of(people3.get(0).username(), people3.get(1).username()));
    } catch (RuntimeException e) {
      if (!Refusals.shown(faces, e)) {
        throw e;
      }
    }
  }

  public boolean isPlanned() {
    return SessionState.PLANNED.name().equals(state);
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
    return pairingId;
  }

  public String getStartsAt() {
    return startsAt;
  }

  public String getPlace() {
    return place;
  }

  public String getState() {
    return state;
  }

  public String getOpeningScript() {
    return openingScript;
  }

  public boolean isParty() {
    return party;
  }

  public boolean isInvolved() {
    return involved;
  }

  public List<Item> getAgenda() {
    return agenda;
  }

  public List<String> getAttendedNames() {
    return attendedNames;
  }

  public List<PersonOption> getPeople() {
    return people3;
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
