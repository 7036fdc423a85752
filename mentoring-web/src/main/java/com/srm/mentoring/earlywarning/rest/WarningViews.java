package com.srm.mentoring.earlywarning.rest;

import com.srm.mentoring.earlywarning.entity.CohortWarnings;
import com.srm.mentoring.earlywarning.entity.Warning;
import java.time.Instant;
import java.util.UUID;

/** Early warnings as the API shows them. */
public final class WarningViews {

  /** The only words the API has for a concern: it names neither the concern nor its content. */
  static final String CONFIDENTIAL = "A confidential matter in this pairing is overdue at step 1.";

  private WarningViews() {}

  /**
   * One signal of one pairing, for its facilitator; {@code since} is left out for the confidential
   * signal, {@code notifiedAt} until the sweep has seen the warning.
   */
  public record WarningView(
      UUID pairingId,
      UUID cohortId,
      String cohortName,
      String mentor,
      String mentee,
      String signal,
      String text,
      Instant since,
      Instant notifiedAt,
      boolean seen) {

    static WarningView of(Warning w) {
      return new WarningView(
          w.pairingId(),
          w.cohortId(),
          w.cohortName(),
          w.mentor(),
          w.mentee(),
          w.signal().name(),
          w.signal().isConfidential() ? CONFIDENTIAL : null,
          w.since(),
          w.notifiedAt(),
          w.seen());
    }
  }

  /** How many warnings stand in a cohort, by signal: counts only. */
  public record CountsView(
      UUID cohortId,
      String cohortName,
      long pairings,
      long total,
      long quiet,
      long unanswered,
      long repairRequested) {

    static CountsView of(CohortWarnings c) {
      return new CountsView(
          c.cohortId(),
          c.cohortName(),
          c.pairings(),
          c.total(),
          c.quiet(),
          c.unanswered(),
          c.repairRequested());
    }
  }
}
