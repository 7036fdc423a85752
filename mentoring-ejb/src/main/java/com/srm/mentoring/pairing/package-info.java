/**
 * Cohorts and pairings: one program run, its facilitators and escalation contacts, and the junior
 * mentor / senior mentee pairs formed in it. HR pauses and resumes a pairing and carries out the
 * program adjustments a concern asked for at step 3 (re-pair, pause, change of format). The
 * parties' final ratings of the senior's objective are held here and released to the figures in
 * batches of at least k per cohort and side; the rules are described in {@code
 * docs/architecture.md}.
 */
package com.srm.mentoring.pairing;
