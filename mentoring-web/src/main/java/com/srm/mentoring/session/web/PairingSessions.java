package com.srm.mentoring.session.web;

import com.srm.mentoring.pairing.web.ProgramFaces;
import com.srm.mentoring.session.boundary.Sessions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The sessions part of a pairing's page: its sessions, and the form to plan one. */
@Named
@ViewScoped
public class PairingSessions implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A session in the pairing's list. */
  public record SessionRow(String id, String startsAt, String place, String state)
      implements Serializable {}

  @Inject Sessions sessions;

  @Inject PairingPage page;

  private LocalDateTime startsAt;
  private String place;

  public List<SessionRow> getRows() {
    return page.sessions().stream()
        .map(
            s ->
                new SessionRow(
                    s.id().toString(), ProgramFaces.utc(s.startsAt()), s.place(), s.state().name()))
        .toList();
  }

  public String plan() {
    return page.act(
        () ->
            sessions.plan(
                page.uuid(), startsAt == null ? null : startsAt.toInstant(ZoneOffset.UTC), place),
        "pairing.sessionPlanned");
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }
}
