package com.srm.mentoring.session.entity;

import java.util.List;

/**
 * The two structured feedback forms (docs/rules.md, sessions), each with its parts in order: SBI
 * (situation, behaviour, impact) and DESC (describe, express, specify, consequences).
 */
public enum Framework {
  SBI(List.of("situation", "behaviour", "impact")),
  DESC(List.of("describe", "express", "specify", "consequences"));

  private final List<String> parts;

  Framework(List<String> parts) {
    this.parts = parts;
  }

  /** The names of the form's parts, in order; each is required. */
  public List<String> parts() {
    return parts;
  }
}
