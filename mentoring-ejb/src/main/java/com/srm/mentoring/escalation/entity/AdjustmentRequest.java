package com.srm.mentoring.escalation.entity;

import com.srm.mentoring.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * A program adjustment of the pairing that the contact owning step 3 asked HR for, open until HR
 * carried it out (docs/rules.md, concerns). HR reads only its reason, so the reason must not repeat
 * the concern ({@link WordingCheck}); the reason itself is kept by HR, not here.
 */
@Embeddable
public class AdjustmentRequest {

  public static final int REASON_LENGTH = 300;

  @Column(name = "adjustment_asked_at")
  private Instant askedAt;

  protected AdjustmentRequest() {
    // for JPA
  }

  private AdjustmentRequest(Instant askedAt) {
    this.askedAt = Objects.requireNonNull(askedAt, "asked at is required");
  }

  /**
   * The reason HR will read, for a request of the actor on a concern in the given state.
   *
   * @param open the request asked for earlier and still open, or null
   * @throws Refusal when the concern is not in step 3, the actor does not own it, or an adjustment
   *     asked for earlier is still open
   * @throws Refusal naming the field of a bad reason
   */
  static String reasonFor(
      ConcernState state,
      boolean actorOwns,
      AdjustmentRequest open,
      String reason,
      WordingCheck wording) {
    if (state != ConcernState.STEP_3) {
      throw Refusal.conflict("kind", "refusal.concern.adjustmentState", String.valueOf(state));
    }
    if (!actorOwns) {
      throw Refusal.conflict("kind", "refusal.concern.adjustmentOwner");
    }
    if (open != null) {
      throw Refusal.conflict(
          "kind", "refusal.concern.adjustmentOpen", String.valueOf(open.askedAt));
    }
    String why = ConcernText.of("reason", reason, REASON_LENGTH);
    wording.requireNotRepeatedIn("reason", why);
    return why;
  }

  static AdjustmentRequest askedAt(Instant now) {
    return new AdjustmentRequest(now);
  }

  public Instant getAskedAt() {
    return askedAt;
  }
}
