/**
 * Early warnings (docs/rules.md, early warnings): a facilitator sees which of their pairings show
 * signals of falling participation (no held session for weeks, micro-questions left unanswered, a
 * re-pair request, a confidential matter overdue at step 1) and is notified once when one appears;
 * HR sees only how many warnings stand per cohort. Every signal is computed in PostgreSQL from
 * participation data, never from an answer, and a concern is never named: its facilitator learns
 * only that a confidential matter in the pairing is overdue at step 1, and not even that when the
 * concern excludes them.
 */
package com.srm.mentoring.earlywarning;
