package com.srm.mentoring.pairing.entity;

/**
 * Who gave a rating of the objective: the senior, who is the pairing's mentee, or the junior, who
 * is its mentor. The names are those of the side in the micro-questions' figures, so that a rating
 * and an answer of the same side fall into cells of the same kind.
 */
public enum RatingSide {
  MENTEE,
  MENTOR
}
