/**
 * Cohorts and pairings: one program run, its facilitators and escalation contacts, and the junior
 * mentor / senior mentee pairs formed in it. The parties' final ratings of the senior's objective
 * are held here and released to the figures in batches of at least k per cohort and side.
 */
package com.srm.mentoring.pairing;
