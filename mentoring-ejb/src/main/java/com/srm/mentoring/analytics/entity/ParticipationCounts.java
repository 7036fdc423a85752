package com.srm.mentoring.analytics.entity;

import java.util.UUID;

/**
 * The participation counts of one cohort or (with a null id and name) of all the cohorts the caller
 * sees together, as the database counted them. They count events, not what anyone said, and are
 * shown as they are.
 *
 * @param threshold the cohort's k; over several cohorts, the largest of theirs
 * @param sessionsPlanned sessions planned and not cancelled, held ones included
 * @param answersDue one per party of a pairing recorded as attending a held session
 * @param answersGiven how many of those answered the micro-questions
 * @param quietPairings active pairings (not paused), formed or resumed at least N weeks ago, with
 *     no held session since
 * @param withdrawals withdrawals of people who were the mentor or the mentee of a pairing of the
 *     cohort formed before they withdrew, whether or not it ended that pairing; over several
 *     cohorts each withdrawal once
 */
public record ParticipationCounts(
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
    long repairRequests) {}
