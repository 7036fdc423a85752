/**
 * The three micro-questions after every held session (SPEC 5), anonymous by construction: an answer
 * is stored without its author, session, pairing or time, released to the figures only in shuffled
 * batches of at least k people of one cohort and role, and shown only where at least k people stand
 * behind a figure and behind its difference to every other figure shown. Who answered which session
 * is kept apart, with nothing that joins it to a value.
 */
package com.srm.mentoring.pulse;
