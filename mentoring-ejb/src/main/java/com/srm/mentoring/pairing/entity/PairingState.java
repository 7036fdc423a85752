package com.srm.mentoring.pairing.entity;

/** A pairing is active until it ends; an ended pairing never comes back, a new one is formed. */
public enum PairingState {
  ACTIVE,
  ENDED
}
