/**
 * The three micro-questions after every held session, anonymous by construction: an answer is
 * stored without its author, session, pairing or time; it arrives sealed, is mixed with its group's
 * waiting answers in a transaction that records nobody, released to the figures only in batches of
 * at least k people of one cohort and role, and shown only where at least k people stand behind a
 * figure and behind its difference to every other figure shown. Who answered which session is kept
 * apart, with nothing that joins it to a value: no key, no transaction, no order, no time.
 */
package com.srm.mentoring.pulse;
