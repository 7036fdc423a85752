package com.srm.mentoring.audit.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When the head is sealed: after {@code everyEntries} entries, or when {@code every} has passed
 * since the last seal and entries came in since; the schedule seals a quiet log's head within
 * {@code every} as well. Entries appended after the last seal can be cut off without a trace until
 * the next seal is anchored; {@code every} bounds that window in time.
 *
 * @param keys the keys seals are made with
 * @param everyEntries how many entries at most go unsealed
 * @param every how long at most entries go unsealed
 */
public record SealPolicy(SealKeys keys, long everyEntries, Duration every) {

  /** Whether appending the entry {@code sequence} now calls for a seal after {@code last}. */
  public boolean isDue(Optional<Seal> last, long sequence, Instant now) {
    return last.isEmpty()
        || sequence - last.get().sequence() >= everyEntries
        || !now.isBefore(last.get().sealedAt().plus(every));
  }

  /**
   * Whether the schedule, looking now, seals the head after {@code last}: when the last seal is at
   * least {@link #scheduleInterval()} old. Looking every interval, an entry is then sealed within
   * {@code every}, and however many servers look, the log gets at most two seals per {@code every}.
   */
  public boolean isScheduledSealDue(Optional<Seal> last, Instant now) {
    return last.isEmpty() || !now.isBefore(last.get().sealedAt().plus(scheduleInterval()));
  }

  /**
   * How often the schedule looks for unsealed entries: half the window, so that an entry that came
   * in just after a look is sealed within the window.
   */
  public Duration scheduleInterval() {
    Duration half = every.dividedBy(2);
    return half.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : half;
  }

  public SealPolicy {
    Objects.requireNonNull(keys, "keys are required");
    if (everyEntries < 1) {
      throw new IllegalArgumentException("mentoring.audit.seal.every-entries must be at least 1");
    }
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("mentoring.audit.seal.every-seconds must be at least 1");
    }
  }
}
