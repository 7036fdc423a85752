package com.srm.mentoring.session.web;

import com.srm.mentoring.identity.boundary.People;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.boundary.Adjustments;
import com.srm.mentoring.pairing.boundary.Pairings;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.web.PairingRow;
import com.srm.mentoring.pairing.web.ProgramFaces;
import com.srm.mentoring.platform.web.Refusals;
import com.srm.mentoring.platform.web.SealedTexts;
import com.srm.mentoring.session.boundary.Notes;
import com.srm.mentoring.session.boundary.Sessions;
import com.srm.mentoring.session.entity.FeedbackNote;
import com.srm.mentoring.session.entity.Framework;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A pairing's page, for its mentor, mentee and facilitator, and HR: the people, the senior's "I
 * will learn" objective, the sessions, and the feedback notes the reader may see. Anyone else gets
 * the not-found page.
 */
@Named
@ViewScoped
public class PairingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A session in the pairing's list. */
  public record SessionRow(String id, String startsAt, String place, String state)
      implements Serializable {}

  /** A program adjustment asked for on the pairing, as HR sees it: never the concern behind it. */
  public record AdjustmentRow(
      String id,
      String kind,
      String reason,
      String requestedAt,
      boolean done,
      String doneAt,
      String doneNote,
      long version)
      implements Serializable {}

  /** A part of a note, by its name in the bundle. */
  public record Part(String name, String text) implements Serializable {}

  /** A feedback note the reader may see. */
  public record NoteRow(
      String id, String author, boolean mine, String framework, List<Part> parts, boolean shared)
      implements Serializable {}

  @Inject transient Pairings pairings;

  @Inject transient Sessions sessions;

  @Inject transient Notes notes;

  @Inject transient People people;

  @Inject transient Adjustments adjustments;

  @Inject transient FacesContext faces;

  private String id;
  private PairingRow pairing;
  private List<SessionRow> sessionRows = new ArrayList<>();
  private List<NoteRow> noteRows = new ArrayList<>();
  private List<AdjustmentRow> adjustmentRows = new ArrayList<>();
  private final Map<String, String> doneNotes = new HashMap<>();

  private String objective;
  private long version;
  private Integer myRating;
  private Integer rating;
  private LocalDateTime startsAt;
  private String place;
  private String framework = Framework.SBI.name();
  private final Map<String, String> parts = new HashMap<>();

  public void load() {
    Optional<UUID> pairingId = ProgramFaces.id(id);
    if (pairingId.isEmpty()) {
      Refusals.notFound(faces);
      return;
    }
    try {
      Pairing found = pairings.find(pairingId.get());
      pairing = PairingRow.of(found, people);
      myRating = ownRating(found);
      rating = myRating;
      objective = pairing.objective();
      version = pairing.version();
      sessionRows =
          sessions.ofPairing(pairingId.get()).stream()
              .map(
                  s ->
                      new SessionRow(
                          s.getId().toString(),
                          ProgramFaces.utc(s.getStartsAt()),
                          s.getPlace(),
                          s.getState().name()))
              .toList();
      noteRows = notes.ofPairing(pairingId.get()).stream().map(this::row).toList();
      if (isHr()) {
        adjustmentRows =
            adjustments.ofPairing(pairingId.get()).stream()
                .map(
                    a ->
                        new AdjustmentRow(
                            a.getId().toString(),
                            a.getKind().name(),
                            SealedTexts.shown(faces, a.getReason()),
                            ProgramFaces.utc(a.getRequestedAt()),
                            a.isDone(),
                            ProgramFaces.utc(a.getDoneAt()),
                            SealedTexts.shown(faces, a.getDoneNote()),
                            a.getVersion()))
                .toList();
      }
    } catch (RuntimeException e) {
      if (!Refusals.shown(faces, e)) {
        throw e;
      }
    }
  }

  /** Only the reader's own rating is looked up: the other party's never reaches the page. */
  private Integer ownRating(Pairing p) {
    if (me().equals(pairing.mentee())) {
      return p.ratingOf(p.getMentee());
    }
    return me().equals(pairing.mentor()) ? p.ratingOf(p.getMentor()) : null;
  }

  private NoteRow row(FeedbackNote n) {
    List<Part> named =
        n.getParts().entrySet().stream()
            .map(e -> new Part(e.getKey(), SealedTexts.shown(faces, e.getValue())))
            .toList();
    String author = ProgramFaces.username(people, n.getAuthor());
    return new NoteRow(
        n.getId().toString(),
        ProgramFaces.name(people, n.getAuthor()),
        author.equals(me()),
        n.getFramework().name(),
        named,
        n.isShared());
  }

  private String me() {
    return faces.getExternalContext().getUserPrincipal().getName();
  }

  public boolean isMentee() {
    return pairing != null && me().equals(pairing.mentee());
  }

  public boolean isParty() {
    return pairing != null && (me().equals(pairing.mentor()) || me().equals(pairing.mentee()));
  }

  public boolean isInvolved() {
    return isParty() || (pairing != null && me().equals(pairing.facilitator()));
  }

  /** The facilitator and HR see that a re-pair was asked for; the parties do not. */
  public boolean isOverseer() {
    return pairing != null
        && (me().equals(pairing.facilitator())
            || faces.getExternalContext().isUserInRole(Roles.HR_ADMIN));
  }

  public boolean isHr() {
    return faces.getExternalContext().isUserInRole(Roles.HR_ADMIN);
  }

  public String saveObjective() {
    return act(
        () -> pairings.changeObjective(uuid(), objective, version), "pairing.objectiveSaved");
  }

  public String rate() {
    return act(() -> pairings.rate(uuid(), rating == null ? 0 : rating), "pairing.ratingSaved");
  }

  /** Once the pairing has ended its parties see the rating part: their rating, or the form. */
  public boolean isRatingShown() {
    return isParty() && !pairing.ongoing();
  }

  /** A party rates once: after that the page shows the rating and offers no form any more. */
  public boolean isMayRate() {
    return isRatingShown() && myRating == null;
  }

  public List<Integer> getRatings() {
    return IntStream.rangeClosed(Pairing.MIN_RATING, Pairing.MAX_RATING).boxed().toList();
  }

  public Integer getMyRating() {
    return myRating;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String plan() {
    return act(
        () ->
            sessions.plan(
                uuid(), startsAt == null ? null : startsAt.toInstant(ZoneOffset.UTC), place),
        "pairing.sessionPlanned");
  }

  public String requestRepair() {
    return act(() -> pairings.requestRepair(uuid()), "pairing.repairSent");
  }

  public String end() {
    return act(() -> pairings.end(uuid(), version), "pairing.ended");
  }

  /** HR pauses the pairing: no sessions, no questions, no quiet weeks until HR resumes it. */
  public String pause() {
    return act(() -> pairings.pause(uuid(), version), "pairing.pausedSaved");
  }

  public String resume() {
    return act(() -> pairings.resume(uuid(), version), "pairing.resumed");
  }

  /** HR carried out the adjustment: a re-pair ends the pairing; the concern behind it moves on. */
  public String carryOut(AdjustmentRow row) {
    return act(
        () ->
            adjustments.carryOut(
                uuid(), UUID.fromString(row.id()), doneNotes.get(row.id()), row.version()),
        "pairingadj.saved");
  }

  public List<AdjustmentRow> getAdjustmentRows() {
    return adjustmentRows;
  }

  /** HR's notes of what was agreed, by adjustment id. */
  public Map<String, String> getDoneNotes() {
    return doneNotes;
  }

  public String writeNote() {
    return act(
        () -> notes.write(uuid(), Framework.valueOf(framework), new HashMap<>(parts)),
        "pairing.noteWritten");
  }

  public String share(String noteId) {
    return act(() -> notes.share(UUID.fromString(noteId)), "pairing.noteShared");
  }

  public String unshare(String noteId) {
    return act(() -> notes.unshare(UUID.fromString(noteId)), "pairing.noteUnshared");
  }

  private UUID uuid() {
    return UUID.fromString(id);
  }

  private String act(Supplier<Object> change, String key) {
    try {
      change.get();
      ProgramFaces.say(faces, key);
      return "/program/pairing?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      if (Refusals.shown(faces, e)) {
        return null;
      }
      throw e;
    }
  }

  /** The parts of the chosen framework, in order, for the note form. */
  public List<String> getFrameworkParts() {
    return Framework.valueOf(framework).parts();
  }

  public List<String> getFrameworks() {
    return List.of(Framework.SBI.name(), Framework.DESC.name());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PairingRow getPairing() {
    return pairing;
  }

  public List<SessionRow> getSessionRows() {
    return sessionRows;
  }

  public List<NoteRow> getNoteRows() {
    return noteRows;
  }

  public String getObjective() {
    return objective;
  }

  public void setObjective(String objective) {
    this.objective = objective;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
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

  public String getFramework() {
    return framework;
  }

  public void setFramework(String framework) {
    this.framework = framework;
  }

  public Map<String, String> getParts() {
    return parts;
  }
}
