package com.srm.mentoring.pairing.entity;

/** The part a reader plays in a pairing: one of its three people. */
public enum PairingPart {
  MENTOR,
  MENTEE,
  FACILITATOR;

  /** The mentor or the mentee: the two people who meet. */
  public boolean isParty() {
    return this != FACILITATOR;
  }

  /** The reader's part in the pairing, or null when they are none of its three people. */
  public static PairingPart of(Pairing pairing, String subject) {
    if (pairing.getMentor().equals(subject)) {
      return MENTOR;
    }
    if (pairing.getMentee().equals(subject)) {
      return MENTEE;
    }
    return pairing.getFacilitator().equals(subject) ? FACILITATOR : null;
  }
}
