/**
 * Cohorts and pairings: one program run, its facilitators and escalation contacts, and the junior
 * mentor / senior mentee pairs formed in it. HR pauses and resumes a pairing and carries out the
 * program adjustments a concern asked for at step 3 (re-pair, pause, change of format); the rules
 * are described in {@code docs/architecture.md}.
 */
package com.srm.mentoring.pairing;
