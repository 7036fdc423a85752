/**
 * Program analytics for program leads: per cohort and across cohorts, sessions planned and held,
 * micro-questions due and answered, pairings gone quiet, withdrawals and re-pair requests over
 * time, the micro-questions' trend and how far seniors got with their objectives. Every figure is
 * an aggregate computed by PostgreSQL, the ratings over released batches only; the figures that
 * rest on answers or ratings obey the micro-questions' threshold and complementary suppression
 * (docs/rules.md, micro-questions). HR sees every cohort, a facilitator the cohorts they
 * facilitate, nobody else any.
 */
package com.srm.mentoring.analytics;
