package com.srm.mentoring.earlywarning.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One signal of one pairing, for its facilitator.
 *
 * @param since when the signal began: the last held session (or the forming of the pairing) for
 *     {@link Signal#QUIET}, the first unanswered session marked held, the re-pair request; always
 *     null for {@link Signal#CONCERN_OVERDUE}, whose timing could hint at who raised it and when
 * @param notifiedAt when the facilitator was notified, or null when the sweep has not seen it yet
 * @param seen whether the facilitator opened their early warnings since
 */
public record Warning(
    UUID pairingId,
    UUID cohortId,
    String cohortName,
    String mentor,
    String mentee,
    Signal signal,
    Instant since,
    Instant notifiedAt,
    boolean seen) {

  public Warning {
    Objects.requireNonNull(pairingId);
    Objects.requireNonNull(signal);
    if (signal.isConfidential()) {
      since = null;
    }
  }
}
