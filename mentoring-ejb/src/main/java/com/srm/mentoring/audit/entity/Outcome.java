package com.srm.mentoring.audit.entity;

/** Whether the access was allowed. */
public enum Outcome {
  GRANTED,
  DENIED
}
