package com.srm.mentoring.escalation.rest;

import com.srm.mentoring.escalation.entity.Concern;
import com.srm.mentoring.escalation.entity.ConcernNote;
import com.srm.mentoring.escalation.entity.Notification;
import com.srm.mentoring.escalation.entity.Transition;
import com.srm.mentoring.platform.control.ContentCipher;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Concerns as the API shows them to their readers. Nothing here says who read a concern; the people
 * it excludes are shown to its reporter only, the legal hold's reason to contacts only, and a note
 * for the reporter alone to the reporter and its author only. A text whose key is not configured
 * reads {@value ContentCipher#UNREADABLE}.
 */
public final class ConcernViews {

  private ConcernViews() {}

  /** A concern in a list. */
  public record ConcernSummary(
      UUID id, String title, String state, String owner, Instant deadline, Instant raisedAt) {

    static ConcernSummary of(Concern c, Map<String, String> names) {
      return new ConcernSummary(
          c.getId(),
          ContentCipher.shown(c.getTitle()),
          c.getState().name(),
          names.get(c.getOwner()),
          c.getDeadline(),
          c.getRaisedAt());
    }
  }

  public record TransitionView(
      String from, String to, String owner, String note, Instant deadline, Instant at) {}

  /**
   * A note; a note without author is what the application tells the reporter. Its audience is
   * READERS, REPORTER (the reporter alone) or CONTACTS.
   */
  public record NoteView(String author, String body, String audience, Instant at) {}

  /** One concern with its path and notes. */
  public record ConcernView(
      UUID id,
      UUID pairing,
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
      List<NoteView> notes) {

    static ConcernView of(Concern c, String me, Map<String, String> names) {
      boolean reporter = c.isReporter(me);
      return new ConcernView(
          c.getId(),
          c.getPairingId(),
          ContentCipher.shown(c.getTitle()),
          ContentCipher.shown(c.getDescription()),
          c.getState().name(),
          names.get(c.getOwner()),
          c.getDeadline(),
          c.getRaisedAt(),
          reporter,
          c.getReaders().stream().map(names::get).sorted().toList(),
          reporter ? c.getExcluded().stream().map(names::get).sorted().toList() : List.of(),
          c.isOnHold(),
          reporter ? null : ContentCipher.shown(c.getHoldReason()),
          c.getErasedAt() != null,
          c.getAdjustmentAskedAt() != null,
          c.getVersion(),
          c.getTransitions().stream().map(t -> transition(t, names)).toList(),
          c.notesFor(me).stream().map(n -> note(n, names)).toList());
    }

    private static TransitionView transition(Transition t, Map<String, String> names) {
      return new TransitionView(
          t.getFrom().name(),
          t.getTo().name(),
          names.get(t.getOwner()),
          ContentCipher.shown(t.getNote()),
          t.getDeadline(),
          t.getAt());
    }

    private static NoteView note(ConcernNote n, Map<String, String> names) {
      return new NoteView(
          n.getAuthor() == null ? null : names.get(n.getAuthor()),
          ContentCipher.shown(n.getBody()),
          n.getAudience().name(),
          n.getAt());
    }
  }

  public record CountView(long count) {}

  /** "A concern needs you": the concern's id and nothing of its content. */
  public record NotificationView(UUID concern, Instant at) {
    static NotificationView of(Notification n) {
      return new NotificationView(n.getConcernId(), n.getCreatedAt());
    }
  }
}
