/**
 * Sessions of a pairing: time and place, an agenda both parties add to, attendance, and the
 * structured feedback notes (SBI, DESC) the parties write and may share with each other.
 */
package com.srm.mentoring.session;
