package com.srm.mentoring.escalation.web;

import com.srm.mentoring.escalation.boundary.Concerns;
import com.srm.mentoring.escalation.entity.ConcernDetail;
import com.srm.mentoring.escalation.entity.ConcernState;
import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.pairing.entity.AdjustmentKind;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.web.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
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
  private ConcernDetail concern;
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

  private void show(ConcernDetail shown) {
    concern = shown;
  }

  /** The readers fixed when it was raised, by name, as everyone who reads it sees them. */
  public String getReaderNames() {
    return concern == null
        ? ""
        : String.join(", ", concern.readers().stream().map(this::name).toList());
  }

  /** Whether a "a concern needs you" notice about it waits for the reader. */
  public boolean isNoticed() {
    return concern != null && concern.noticed();
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
    return concern != null && concern.choices().mayAskForAdjustment();
  }

  /** The notes the reader may see: a note for the reporter alone is not shown to other contacts. */
  public List<ConcernDetail.Note> getNotes() {
    return concern == null ? List.of() : concern.notes();
  }

  public List<AdjustmentKind> getKinds() {
    return List.of(AdjustmentKind.values());
  }

  public String move() {
    return act(() -> concerns.move(uuid(), to, note, null));
  }

  private String act(Supplier<ConcernDetail> change) {
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

  /**
   * A person the concern names, by the name people know them by: the reporter, the pairing's two,
   * owners and note authors.
   */
  public String name(PersonName person) {
    if (person == null) {
      return "";
    }
    return person.displayName() == null || person.displayName().isBlank()
        ? String.valueOf(person.username())
        : person.displayName();
  }

  /** A moment as the reader's language writes dates and times, in UTC, which it names. */
  public String when(Instant moment) {
    return moment == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(faces.getViewRoot().getLocale())
                .withZone(ZoneOffset.UTC)
                .format(moment)
            + " UTC";
  }

  /** The states the reader may move it to, as the boundary computed them. */
  public List<ConcernState> getMoves() {
    return concern == null ? List.of() : concern.choices().moves();
  }

  public ConcernDetail getConcern() {
    return concern;
  }

  /** Whether the reader raised it: they see it as its reporter, not as a contact. */
  public boolean isReporter() {
    return concern != null && concern.yours();
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
