package com.srm.mentoring.session.entity;

/** A session is planned, then either held or cancelled; neither can be undone. */
public enum SessionState {
  PLANNED,
  HELD,
  CANCELLED
}
