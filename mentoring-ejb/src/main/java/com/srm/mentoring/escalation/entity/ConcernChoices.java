package com.srm.mentoring.escalation.entity;

import java.io.Serializable;
import java.util.List;

/**
 * What one reader may do with a concern now, from the rules {@link Concern#move} and {@link
 * Concern#askForAdjustment} enforce (docs/rules.md, concerns): pages and the API offer exactly
 * this, and the entity still refuses anything else.
 *
 * @param moves the states the reader may move it to: any the state allows for a contact; for the
 *     reporter, any from RAISED and only skipping step 1 (STEP_1 to STEP_2) afterwards
 * @param contact whether the reader reads it as an escalation contact rather than its reporter:
 *     contacts write to the reporter alone and put it on legal hold
 * @param mayAskForAdjustment the contact who owns step 3, while no adjustment asked for is open
 */
public record ConcernChoices(List<ConcernState> moves, boolean contact, boolean mayAskForAdjustment)
    implements Serializable {

  public static ConcernChoices of(Concern concern, String reader) {
    boolean reporter = concern.isReporter(reader);
    return new ConcernChoices(
        moves(concern.getState(), reporter),
        !reporter,
        !reporter
            && concern.getState() == ConcernState.STEP_3
            && reader.equals(concern.getOwner())
            && concern.getAdjustmentAskedAt() == null);
  }

  /** The states a concern in {@code state} may be moved to by its reporter or by a contact. */
  public static List<ConcernState> moves(ConcernState state, boolean reporter) {
    return state.successors().stream()
        .filter(target -> !reporter || reporterMay(state, target))
        .toList();
  }

  /** The reporter moves a concern only before it reached a step, or on from step 1 to step 2. */
  static boolean reporterMay(ConcernState state, ConcernState target) {
    return state == ConcernState.RAISED
        || (state == ConcernState.STEP_1 && target == ConcernState.STEP_2);
  }
}
