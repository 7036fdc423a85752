package com.srm.mentoring.analytics.entity;

import com.srm.mentoring.pulse.entity.Figure;
import java.util.UUID;

/**
 * The dashboard's row of one cohort, or (with a null id and name) of all the cohorts the caller
 * sees together. The counts are participation data and shown as they are; the answers' figure and
 * the two ratings rest on what people said and are suppressed below k.
 *
 * @param sessionsPlanned sessions planned and not cancelled, held ones included
 * @param answersDue one per party of a pairing recorded as attending a held session
 * @param answersGiven how many of those answered the micro-questions
 * @param quietPairings active pairings, formed at least N weeks ago, with no held session in them
 * @param answers the micro-questions over all of the cohort's released answers
 * @param seniorRating the seniors' ratings of how far they got with their objective
 * @param juniorRating the juniors' ratings of the same
 */
public record CohortFigures(
    UUID cohortId,
    String name,
    int threshold,
    long pairings,
    long sessionsPlanned,
    long sessionsHeld,
    long answersDue,
    long answersGiven,
    long quietPairings,
    long withdrawals,
    long repairRequests,
    Figure answers,
    Rating seniorRating,
    Rating juniorRating) {

  public boolean isTotal() {
    return cohortId == null;
  }
}
