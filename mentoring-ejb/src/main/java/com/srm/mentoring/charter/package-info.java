/**
 * The charter: a one-page, versioned agreement HR drafts and publishes, which everyone signs before
 * taking part in the program, with a signature that records what was signed, by whom and when, in a
 * hash chain.
 */
package com.srm.mentoring.charter;
