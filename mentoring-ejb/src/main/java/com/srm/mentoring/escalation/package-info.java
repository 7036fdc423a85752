/**
 * Concerns and the three-step escalation path (docs/rules.md, concerns). A concern is readable by
 * its reporter and by the escalation contacts named on its cohort, minus the people it excludes;
 * one query-level rule in {@link com.srm.mentoring.escalation.boundary.Concerns} decides it for
 * every read, list, count and search, and everyone else is told it does not exist.
 */
package com.srm.mentoring.escalation;
