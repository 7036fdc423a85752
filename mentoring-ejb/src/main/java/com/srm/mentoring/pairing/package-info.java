/**
 * Cohorts and pairings: one program run, its facilitators and escalation contacts, and the junior
 * mentor / senior mentee pairs formed in it.
 */
package com.srm.mentoring.pairing;
