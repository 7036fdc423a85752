package com.srm.mentoring.pulse.control;

import com.srm.mentoring.pulse.entity.RespondentRole;
import java.util.UUID;

/**
 * When the answers waiting for one cohort and one side of its pairings leave the holding table.
 *
 * <p>They are released together, shuffled, once at least k different people stand behind them, and
 * all get the week of the release. Every figure is a sum of whole batches, so any change between
 * two views of a figure is at least one batch: k people or none. A batch spans one role rather than
 * the whole cohort because a batch of both roles could add a single mentor's answer to the mentors'
 * figure. If the cohort closes first, they are discarded: released alone they would speak for fewer
 * than k people.
 */
public final class ReleasePlan {

  private ReleasePlan() {}

  /** What happens to one waiting group. */
  public enum Decision {
    RELEASE,
    DISCARD,
    WAIT
  }

  /**
   * @param people distinct people with a waiting answer in the group
   * @param threshold the cohort's k
   */
  public record Waiting(
      UUID cohort, RespondentRole role, long people, int threshold, boolean cohortClosed) {}

  public static Decision decide(Waiting group) {
    if (group.cohortClosed()) {
      return Decision.DISCARD;
    }
    return group.people() >= group.threshold() ? Decision.RELEASE : Decision.WAIT;
  }
}
