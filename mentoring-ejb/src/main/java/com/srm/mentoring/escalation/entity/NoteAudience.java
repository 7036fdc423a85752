package com.srm.mentoring.escalation.entity;

/** Who a note on a concern is for. */
public enum NoteAudience {
  /** Everyone who may read the concern: its reporter and its contacts. */
  READERS,
  /** The reporter alone (and the contact who wrote it): other contacts do not see it. */
  REPORTER,
  /** The contacts only, never the reporter: such as why a legal hold was lifted. */
  CONTACTS
}
