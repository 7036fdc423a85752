package com.srm.mentoring.pulse.rest;

import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.CohortPulse;
import com.srm.mentoring.pulse.entity.Figure;
import com.srm.mentoring.pulse.entity.Tally;
import com.srm.mentoring.pulse.entity.Unanswered;
import com.srm.mentoring.pulse.entity.WaitingQuestions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The micro-questions as the API shows them. A suppressed cell is {@code {"suppressed": true}} with
 * its place and the threshold it missed: JSON-B leaves out the null count, means and distributions,
 * so that no client can take a missing number for 0.
 */
public final class PulseViews {

  private PulseViews() {}

  /** A session whose questions wait for the caller's answer. */
  public record QuestionsView(
      UUID sessionId, UUID pairingId, Instant startsAt, String place, Instant closesAt) {

    static QuestionsView of(WaitingQuestions w) {
      return new QuestionsView(w.sessionId(), w.pairingId(), w.startsAt(), w.place(), w.closesAt());
    }
  }

  /** One question's figure within a cell. */
  public record QuestionView(String question, double mean, List<Long> distribution) {}

  /** One cell: shown with its numbers, or suppressed without any. */
  public record CellView(
      UUID cohortId,
      String role,
      String week,
      boolean suppressed,
      String note,
      Long answers,
      List<QuestionView> questions) {

    public static CellView of(Figure figure) {
      UUID cohort = figure.key().cohort();
      String role = figure.key().role() == null ? null : figure.key().role().name();
      String week = figure.key().week();
      if (figure.isSuppressed()) {
        return new CellView(
            cohort, role, week, true, "fewer than " + figure.threshold() + " answers", null, null);
      }
      Tally tally = figure.tally();
      List<QuestionView> questions = new ArrayList<>();
      for (int q = 0; q < Answer.QUESTIONS.length; q++) {
        List<Long> distribution = new ArrayList<>();
        for (long count : tally.distribution()[q]) {
          distribution.add(count);
        }
        questions.add(
            new QuestionView(
                Answer.QUESTIONS[q], Math.round(tally.means()[q] * 100) / 100.0, distribution));
      }
      return new CellView(cohort, role, week, false, null, tally.answers(), questions);
    }
  }

  /** A cohort's figures, or those across cohorts (without id and name). */
  @Schema(
      description =
          "Micro-question figures; a cell over fewer than k answers is suppressed, with no count or mean")
  public record PulseView(UUID cohortId, String name, int threshold, List<CellView> cells) {

    static PulseView of(CohortPulse pulse) {
      return new PulseView(
          pulse.cohortId(),
          pulse.name(),
          pulse.threshold(),
          pulse.figures().stream().map(CellView::of).toList());
    }
  }

  /** Someone who has not answered for a session they attended. */
  public record UnansweredView(
      UUID sessionId, Instant startsAt, String username, String displayName, boolean windowOpen) {

    static UnansweredView of(Unanswered u) {
      return new UnansweredView(
          u.sessionId(), u.startsAt(), u.username(), u.displayName(), u.windowOpen());
    }
  }
}
