package com.srm.mentoring.pairing.rest;

import com.srm.mentoring.pairing.control.PairingMatcher;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.PairingDetail;
import com.srm.mentoring.platform.control.ContentCipher;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the pairing API reads and answers. Request bodies are classes, not records: the JSON-B of
 * Payara 6 did not build records from a request body.
 */
public final class PairingViews {

  private PairingViews() {}

  /**
   * A pairing as one reader sees it, as the boundary answers it ({@link PairingDetail}): whether it
   * ended, never why; a re-pair request only for the facilitator and HR; the caller's own rating
   * and what the caller may do ({@code mayRate}, {@code mayAskForRepair}, ...), computed there.
   */
  @Schema(
      description =
          "A pairing: mentor, mentee, facilitator, objective, state, and what the caller may do with it")
  public record PairingView(
      UUID id,
      UUID cohortId,
      PersonRef mentor,
      PersonRef mentee,
      PersonRef facilitator,
      String state,
      Instant formedAt,
      Instant endedAt,
      Boolean repairRequested,
      String objective,
      boolean objectiveLocked,
      Integer myRating,
      boolean mayRate,
      Instant pausedAt,
      Instant formatChangedAt,
      String formatNote,
      long version,
      String you,
      boolean mayChangeObjective,
      boolean mayAskForRepair,
      boolean mayPlanSessions,
      boolean mayWriteNotes,
      boolean mayPause,
      boolean mayResume,
      boolean mayEnd,
      String warning) {

    static PairingView of(PairingDetail p) {
      return of(p, null);
    }

    static PairingView of(PairingDetail p, String warning) {
      return new PairingView(
          p.id(),
          p.cohortId(),
          PersonRef.of(p.mentor()),
          PersonRef.of(p.mentee()),
          PersonRef.of(p.facilitator()),
          p.state().name(),
          p.formedAt(),
          p.endedAt(),
          p.repairRequested(),
          p.objective(),
          p.objectiveLocked(),
          p.myRating(),
          p.mayRate(),
          p.pausedAt(),
          p.formatChangedAt(),
          ContentCipher.shown(p.formatNote()),
          p.version(),
          p.you() == null ? null : p.you().name(),
          p.mayChangeObjective(),
          p.mayAskForRepair(),
          p.mayPlanSessions(),
          p.mayWriteNotes(),
          p.mayPause(),
          p.mayResume(),
          p.mayEnd(),
          warning);
    }
  }

  /** A suggested pairing and why: the topics the two share. */
  @Schema(description = "A suggested pairing, with the topics the two share")
  public record ProposalView(PersonRef mentor, PersonRef mentee, List<String> sharedTopics) {
    static ProposalView of(PairingMatcher.Proposal p) {
      return new ProposalView(
          new PersonRef(p.mentor().getUsername(), p.mentor().getDisplayName()),
          new PersonRef(p.mentee().getUsername(), p.mentee().getDisplayName()),
          p.sharedTopics());
    }
  }

  /** A pairing HR forms: usernames of the junior mentor, the senior mentee, the facilitator. */
  public static class NewPairing {
    @NotBlank(message = "{srm.pairing.mentor.required}")
    public String mentor;

    @NotBlank(message = "{srm.pairing.mentee.required}")
    public String mentee;

    @NotBlank(message = "{srm.pairing.facilitator.required}")
    public String facilitator;
  }

  /** The candidates HR picked for suggestions, as usernames. */
  public static class SuggestionRequest {
    @NotEmpty(message = "{srm.suggestion.seniors.empty}")
    public List<String> seniors;

    @NotEmpty(message = "{srm.suggestion.juniors.empty}")
    public List<String> juniors;
  }

  /** The senior's "I will learn" sentence; the version guards against a stale form. */
  public static class Objective {
    @NotBlank(message = "{srm.text.required}")
    @Size(max = Pairing.OBJECTIVE_LENGTH, message = "{srm.objective.text.size}")
    public String text;

    public Long version;
  }

  /** HR ends a pairing; the version guards against a stale form. */
  public static class Ending {
    public Long version;
  }

  /** HR pauses or resumes a pairing; the version guards against a stale form. */
  public static class StateChange {
    public Long version;
  }

  /** How far the senior got with the objective, 1 to 5. */
  public static class Rating {
    @NotNull(message = "{srm.rating.required}")
    @Min(value = Pairing.MIN_RATING, message = "{srm.rating.min}")
    @Max(value = Pairing.MAX_RATING, message = "{srm.rating.max}")
    public Integer rating;
  }

  /** A person's topics: what they offer as a junior, what they want to learn as a senior. */
  public static class TopicList {
    public List<String> offers;
    public List<String> wantsToLearn;
  }
}
