package com.srm.mentoring.session.rest;

import com.srm.mentoring.pairing.rest.PersonRef;
import com.srm.mentoring.platform.control.ContentCipher;
import com.srm.mentoring.session.entity.AgendaItem;
import com.srm.mentoring.session.entity.FeedbackNote;
import com.srm.mentoring.session.entity.NoteDetail;
import com.srm.mentoring.session.entity.Session;
import com.srm.mentoring.session.entity.SessionDetail;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the session and note API reads and answers. Request bodies are classes, not records: the
 * JSON-B of Payara 6 did not build records from a request body.
 */
public final class SessionViews {

  private SessionViews() {}

  /** A point on the agenda and who added it. */
  public record AgendaItemView(PersonRef author, String text, Instant addedAt) {}

  /**
   * A session; the opening script only for the pairing's facilitator; what the caller may do with
   * it as the boundary computed it.
   *
   * @param openingScript the facilitator's opening script from the charter in force, or null
   */
  @Schema(description = "A session: when and where, its agenda, attendance and state")
  public record SessionView(
      UUID id,
      UUID pairingId,
      Instant startsAt,
      String place,
      String state,
      List<AgendaItemView> agenda,
      List<PersonRef> attended,
      String openingScript,
      long version,
      String you,
      boolean mayAddToAgenda,
      boolean mayMarkHeld,
      boolean mayCancel) {

    public static SessionView of(SessionDetail s) {
      return new SessionView(
          s.id(),
          s.pairingId(),
          s.startsAt(),
          s.place(),
          s.state().name(),
          s.agenda().stream()
              .map(a -> new AgendaItemView(PersonRef.of(a.author()), a.text(), a.addedAt()))
              .toList(),
          s.attended().stream().map(PersonRef::of).toList(),
          s.openingScript(),
          s.version(),
          s.you() == null ? null : s.you().name(),
          s.mayAddToAgenda(),
          s.mayMarkHeld(),
          s.mayCancel());
    }
  }

  /** A feedback note; its parts by name, in the framework's order. */
  @Schema(
      description =
          "A feedback note (SBI or DESC) in its framework's parts, and whether it is shared")
  public record NoteView(
      UUID id,
      UUID pairingId,
      PersonRef author,
      String framework,
      Map<String, String> parts,
      Instant writtenAt,
      boolean shared,
      long version) {

    public static NoteView of(NoteDetail n) {
      return new NoteView(
          n.id(),
          n.pairingId(),
          PersonRef.of(n.author()),
          n.framework().name(),
          shown(n.parts()),
          n.writtenAt(),
          n.shared(),
          n.version());
    }
  }

  /** The parts as the API shows them: one whose key is not configured says it cannot be read. */
  private static Map<String, String> shown(Map<String, String> parts) {
    Map<String, String> shown = new LinkedHashMap<>();
    parts.forEach((name, text) -> shown.put(name, ContentCipher.shown(text)));
    return shown;
  }

  /** A session to plan: when, and optionally where or a link. */
  public static class NewSession {
    @NotNull(message = "{srm.session.startsAt.required}")
    public Instant startsAt;

    @Size(max = Session.PLACE_LENGTH, message = "{srm.session.place.size}")
    public String place;
  }

  /** The time a planned session moves to. */
  public static class NewTime {
    @NotNull(message = "{srm.session.startsAt.required}")
    public Instant startsAt;
  }

  /** A point for the agenda. */
  public static class NewAgendaItem {
    @NotBlank(message = "{srm.text.required}")
    @Size(max = AgendaItem.TEXT_LENGTH, message = "{srm.agenda.text.size}")
    public String text;
  }

  /** Who attended a held session, as usernames. */
  public static class Held {
    @NotEmpty(message = "{srm.held.attended.empty}")
    public List<String> attended;
  }

  /** A feedback note: SBI uses situation, behaviour and impact; DESC the other four parts. */
  public static class NewNote {

    @NotBlank(message = "{srm.note.framework.required}")
    public String framework;

    @Size(max = FeedbackNote.PART_LENGTH, message = "{srm.note.situation.size}")
    public String situation;

    @Size(max = FeedbackNote.PART_LENGTH, message = "{srm.note.behaviour.size}")
    public String behaviour;

    @Size(max = FeedbackNote.PART_LENGTH, message = "{srm.note.impact.size}")
    public String impact;

    @Size(max = FeedbackNote.PART_LENGTH, message = "{srm.note.describe.size}")
    public String describe;

    @Size(max = FeedbackNote.PART_LENGTH, message = "{srm.note.express.size}")
    public String express;

    @Size(max = FeedbackNote.PART_LENGTH, message = "{srm.note.specify.size}")
    public String specify;

    @Size(max = FeedbackNote.PART_LENGTH, message = "{srm.note.consequences.size}")
    public String consequences;

    public Map<String, String> parts() {
      Map<String, String> parts = new java.util.HashMap<>();
      put(parts, "situation", situation);
      put(parts, "behaviour", behaviour);
      put(parts, "impact", impact);
      put(parts, "describe", describe);
      put(parts, "express", express);
      put(parts, "specify", specify);
      put(parts, "consequences", consequences);
      return parts;
    }

    private static void put(Map<String, String> parts, String name, String text) {
      if (text != null) {
        parts.put(name, text);
      }
    }
  }
}
