package com.srm.mentoring.analytics.entity;

/**
 * How many pairings ended by a withdrawal, and how many re-pair requests were made, in one month or
 * week. Events about people's pairings, not answers: HR keeps the cause of each ending anyway.
 */
public record PeriodCount(String period, long withdrawals, long repairRequests) {}
