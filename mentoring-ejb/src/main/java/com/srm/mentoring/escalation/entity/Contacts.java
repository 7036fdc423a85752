package com.srm.mentoring.escalation.entity;

import java.util.Set;
import java.util.TreeSet;

/**
 * The escalation contacts named on a concern's cohort, split by the steps they may own: those who
 * also facilitate the cohort hold confidential check-ins (step 1), the others are the HR contacts
 * who hold steps 2 and 3. Kept by OIDC subject.
 */
public record Contacts(Set<String> facilitating, Set<String> hr) {

  public Contacts {
    facilitating = Set.copyOf(facilitating);
    hr = Set.copyOf(hr);
  }

  /** Splits a cohort's named contacts by whether they facilitate it. */
  public static Contacts of(Set<String> contacts, Set<String> facilitators) {
    Set<String> facilitating = new TreeSet<>();
    Set<String> others = new TreeSet<>();
    for (String contact : contacts) {
      (facilitators.contains(contact) ? facilitating : others).add(contact);
    }
    return new Contacts(facilitating, others);
  }

  /** Who may own the step, before anyone is excluded; sorted, so the choice is repeatable. */
  public Set<String> ownersOf(ConcernState step) {
    return switch (step) {
      case STEP_1 -> new TreeSet<>(facilitating);
      case STEP_2, STEP_3 -> new TreeSet<>(hr);
      default -> new TreeSet<>();
    };
  }

  public Set<String> all() {
    Set<String> all = new TreeSet<>(facilitating);
    all.addAll(hr);
    return all;
  }
}
