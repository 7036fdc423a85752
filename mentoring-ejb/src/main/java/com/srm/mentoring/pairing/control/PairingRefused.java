package com.srm.mentoring.pairing.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A pairing breaks one of the program's rules; the message names the rule and the people. */
@ApplicationException(rollback = true)
public class PairingRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Rule rule;
  private final List<String> people;

  public PairingRefused(Rule rule, List<String> people, String message) {
    super(rule.label() + ": " + message);
    this.rule = rule;
    this.people = List.copyOf(people);
  }

  public Rule rule() {
    return rule;
  }

  /** The usernames of the people the refusal is about. */
  public List<String> people() {
    return people;
  }
}
