package com.srm.mentoring.audit.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When the head is sealed: after {@code everyEntries} entries, or when {@code every} has passed
 * since the last seal and entries came in since. Entries appended after the last seal can be cut
 * off without a trace until the next seal; these two numbers bound that window.
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

  public SealPolicy {
    Objects.requireNonNull(keys, "keys are required");
    if (everyEntries < 1) {
      throw new IllegalArgumentException("mentoring.audit.seal.every-entries must be at least 1");
    }
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("mentoring.audit.seal.every-minutes must be at least 1");
    }
  }
}
