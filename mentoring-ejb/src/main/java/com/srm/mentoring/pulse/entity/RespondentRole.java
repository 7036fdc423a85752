package com.srm.mentoring.pulse.entity;

/** The side of the pairing an answer comes from: the only thing an answer says about its author. */
public enum RespondentRole {
  MENTOR,
  MENTEE
}
