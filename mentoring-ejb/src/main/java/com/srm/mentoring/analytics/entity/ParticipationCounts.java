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
 * @param quietPairings active pairings, formed at least N weeks ago, with no held session in them
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
