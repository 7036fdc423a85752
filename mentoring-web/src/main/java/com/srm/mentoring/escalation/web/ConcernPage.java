package com.srm.mentoring.escalation.web;

import com.srm.mentoring.escalation.boundary.Concerns;
import com.srm.mentoring.escalation.entity.Concern;
import com.srm.mentoring.escalation.entity.ConcernNote;
import com.srm.mentoring.escalation.entity.ConcernState;
import com.srm.mentoring.escalation.entity.Transition;
import com.srm.mentoring.pairing.entity.AdjustmentKind;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.web.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One concern: its path and the notes the reader may see; contacts add notes (for all readers or
 * for the reporter alone), move it on and, in step 3, ask HR for a program adjustment. Anyone else
 * gets the same "not found" as for a missing id, and the refusal is logged by the boundary.
 */
@Named
@RequestScoped
public class ConcernPage {

  @Inject Concerns concerns;

  @Inject FacesContext faces;

  private String id;
  private Concern concern;
  private Map<String, String> names = Map.of();
  private boolean reporter;
  private boolean noticed;
  private String me;
  private String note;
  private boolean toReporter;
  private ConcernState to;
  private AdjustmentKind kind;
  private String reason;

  /**
   * Reads the concern named by the request's {@code id} (the link's, or the form's hidden field on
   * a postback) before anything else, so that a postback finds the form it was sent from.
   */
  @PostConstruct
  void read() {
    id = faces.getExternalContext().getRequestParameterMap().get("id");
    try {
      show(concerns.find(uuid()));
    } catch (Refusal | IllegalArgumentException e) {
      concern = null;
    }
  }

  /** Answers "not found" for a concern that is missing or that the caller may not read. */
  public void load() throws IOException {
    if (concern == null) {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
  }

  private UUID uuid() {
    return UUID.fromString(id == null ? "" : id.strip());
  }

  private void show(Concern shown) {
    concern = shown;
    me = concerns.mySubject();
    reporter = concern.isReporter(me);
    Set<String> subjects = new HashSet<>(concern.getReaders());
    subjects.add(concern.getOwner());
    concern.getNotes().stream().map(ConcernNote::getAuthor).forEach(subjects::add);
    concern.getTransitions().stream().map(Transition::getOwner).forEach(subjects::add);
    subjects.remove(null);
    names = concerns.usernames(subjects);
    noticed =
        concerns.notifications().stream().anyMatch(n -> n.getConcernId().equals(shown.getId()));
  }

  /** The usernames of the readers fixed when it was raised, as everyone who reads it sees them. */
  public String getReaderNames() {
    return concern == null
        ? ""
        : String.join(", ", concern.getReaders().stream().map(this::name).sorted().toList());
  }

  /** Whether a "a concern needs you" notice about it waits for the reader. */
  public boolean isNoticed() {
    return noticed;
  }

  /** The reader says they saw it: its notices on the home page are done with. */
  public String markSeen() {
    concerns.seen(uuid());
    return "/escalation/concern?faces-redirect=true&id=" + id;
  }

  public String addNote() {
    return act(() -> concerns.addNote(uuid(), note, toReporter));
  }

  public String askForAdjustment() {
    return act(() -> concerns.askForAdjustment(uuid(), kind, reason));
  }

  /** Whether the reader owns step 3 and may ask HR for an adjustment now. */
  public boolean isMayAskForAdjustment() {
    return concern != null
        && concern.getState() == ConcernState.STEP_3
        && me.equals(concern.getOwner())
        && concern.getAdjustmentAskedAt() == null;
  }

  /** The notes the reader may see: a note for the reporter alone is not shown to other contacts. */
  public List<ConcernNote> getNotes() {
    return concern == null ? List.of() : concern.notesFor(me);
  }

  public List<AdjustmentKind> getKinds() {
    return List.of(AdjustmentKind.values());
  }

  public String move() {
    return act(() -> concerns.move(uuid(), to, note, null));
  }

  private String act(Supplier<Concern> change) {
    try {
      change.get();
      return "/escalation/concern?faces-redirect=true&id=" + id;
    } catch (Refusal refused) {
      Refusals.show(faces, refused);
      if (refused.kind() == Refusal.Kind.NOT_FOUND) {
        return null;
      }
    }
    try {
      show(concerns.find(uuid()));
    } catch (Refusal gone) {
      concern = null;
    }
    return null;
  }

  /** The username of a subject, for owners and note authors. */
  public String name(String subject) {
    return subject == null ? "" : names.getOrDefault(subject, "");
  }

  public List<ConcernState> getMoves() {
    if (concern == null) {
      return List.of();
    }
    return concern.getState().successors().stream()
        .filter(s -> !reporter || s == ConcernState.STEP_2)
        .toList();
  }

  public Concern getConcern() {
    return concern;
  }

  public boolean isReporter() {
    return reporter;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isToReporter() {
    return toReporter;
  }

  public void setToReporter(boolean toReporter) {
    this.toReporter = toReporter;
  }

  public AdjustmentKind getKind() {
    return kind;
  }

  public void setKind(AdjustmentKind kind) {
    this.kind = kind;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public ConcernState getTo() {
    return to;
  }

  public void setTo(ConcernState to) {
    this.to = to;
  }
}
