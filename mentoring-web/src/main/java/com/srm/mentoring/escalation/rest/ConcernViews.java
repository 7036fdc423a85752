package com.srm.mentoring.escalation.rest;

import com.srm.mentoring.escalation.entity.ConcernDetail;
import com.srm.mentoring.escalation.entity.ConcernListing;
import com.srm.mentoring.escalation.entity.Notification;
import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.platform.control.ContentCipher;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Concerns as the API shows them to their readers. Nothing here says who read a concern; the people
 * it excludes are shown to its reporter only, the legal hold's reason to contacts only, and a note
 * for the reporter alone to the reporter and its author only. A text whose key is not configured
 * reads {@value ContentCipher#UNREADABLE}.
 */
public final class ConcernViews {

  private ConcernViews() {}

  /** A concern in a list. */
  @Schema(
      description =
          "A concern in a list: title, state, the owner of its step and the deadline, without its description")
  public record ConcernSummary(
      UUID id, String title, String state, String owner, Instant deadline, Instant raisedAt) {

    static ConcernSummary of(ConcernListing c) {
      return new ConcernSummary(
          c.id(),
          ContentCipher.shown(c.title()),
          c.state().name(),
          username(c.owner()),
          c.deadline(),
          c.raisedAt());
    }
  }

  public record TransitionView(
      String from, String to, String owner, String note, Instant deadline, Instant at) {}

  /**
   * A note; a note without author is what the application tells the reporter. Its audience is
   * READERS, REPORTER (the reporter alone) or CONTACTS.
   */
  @Schema(name = "ConcernNote", description = "A note on a concern: by whom, for whom, when")
  public record NoteView(String author, String body, String audience, Instant at) {}

  /**
   * One concern with its path and notes, and what the caller may do with it, as the boundary
   * computed it: the states it may move it to ({@code moves}), whether it reads it as a contact,
   * whether it may ask HR for a program adjustment now.
   */
  @Schema(
      description = "A concern with its path, its readers fixed when it was raised, and its notes")
  public record ConcernView(
      UUID id,
      UUID pairing,
      String reporter,
      UUID cohort,
      String cohortName,
      String mentor,
      String mentee,
      String title,
      String description,
      String state,
      String owner,
      Instant deadline,
      Instant raisedAt,
      boolean yours,
      List<String> readers,
      List<String> excluded,
      boolean onHold,
      String holdReason,
      boolean erased,
      boolean adjustmentAsked,
      long version,
      List<TransitionView> transitions,
      List<NoteView> notes,
      List<String> moves,
      boolean contact,
      boolean mayAskForAdjustment) {

    static ConcernView of(ConcernDetail c) {
      return new ConcernView(
          c.id(),
          c.pairingId(),
          username(c.reporter()),
          c.about().cohortId(),
          c.about().cohortName(),
          username(c.about().mentor()),
          username(c.about().mentee()),
          ContentCipher.shown(c.title()),
          ContentCipher.shown(c.description()),
          c.state().name(),
          username(c.owner()),
          c.deadline(),
          c.raisedAt(),
          c.yours(),
          c.readers().stream().map(PersonName::username).toList(),
          c.excluded().stream().map(PersonName::username).toList(),
          c.onHold(),
          ContentCipher.shown(c.holdReason()),
          c.erased(),
          c.adjustmentAsked(),
          c.version(),
          c.transitions().stream()
              .map(
                  t ->
                      new TransitionView(
                          t.from().name(),
                          t.to().name(),
                          username(t.owner()),
                          ContentCipher.shown(t.note()),
                          t.deadline(),
                          t.at()))
              .toList(),
          c.notes().stream()
              .map(
                  n ->
                      new NoteView(
                          username(n.author()),
                          ContentCipher.shown(n.body()),
                          n.audience().name(),
                          n.at()))
              .toList(),
          c.choices().moves().stream().map(Enum::name).toList(),
          c.choices().contact(),
          c.choices().mayAskForAdjustment());
    }
  }

  private static String username(PersonName name) {
    return name == null ? null : name.username();
  }

  public record CountView(long count) {}

  /** "A concern needs you": the concern's id and nothing of its content. */
  public record NotificationView(UUID concern, Instant at) {
    static NotificationView of(Notification n) {
      return new NotificationView(n.getConcernId(), n.getCreatedAt());
    }
  }
}
