package com.srm.mentoring.pairing.control;

import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules every pairing obeys (docs/rules.md, pairings): a junior mentors a senior outside their
 * own reporting line, both signed the charter in force and are active in the directory, nobody is
 * in two active pairings of one cohort, and the facilitator is one of the cohort's. Forming a
 * pairing and suggesting one both ask here, so a suggestion never breaks a rule HR would then be
 * refused.
 */
@Dependent
public class PairingRules {

  /** Far beyond any real hierarchy; stops the walk should the directory's chain never end. */
  static final int MAX_CHAIN = 64;

  @Inject PairingFacts facts;

  /**
   * Checks a pairing about to be formed.
   *
   * @throws Refusal naming the first rule broken and the people concerned
   */
  public void check(Cohort cohort, Person mentor, Person mentee, Person facilitator) {
    Optional<Refusal> refusal =
        cohortRefusal(cohort, facilitator)
            .or(() -> partyRefusal(facilitator, mentor, mentee))
            .or(() -> refusal(mentor, mentee, facts.activeIn(cohort.getId())));
    if (refusal.isPresent()) {
      throw refusal.get();
    }
  }

  /** What keeps the facilitator from running a pairing of this cohort, if anything. */
  public Optional<Refusal> cohortRefusal(Cohort cohort, Person facilitator) {
    if (cohort.isClosed()) {
      return refused(Rule.COHORT_OPEN, List.of(), "refusal.pairing.cohortClosed");
    }
    if (!cohort.isFacilitator(facilitator.getSubject())
        || !facilitator.holdsAnyOf(List.of(Roles.FACILITATOR))) {
      return Optional.of(
          Refusal.rule(
                  Rule.COHORT_FACILITATOR.label(),
                  "refusal.pairing.notCohortFacilitator",
                  facilitator.getUsername())
              .about(List.of(facilitator.getUsername())));
    }
    return Optional.empty();
  }

  /**
   * A facilitator moderates the pair and hears both sides: never one of the two, or they would
   * facilitate, and read the warnings about, their own pairing.
   */
  static Optional<Refusal> partyRefusal(Person facilitator, Person mentor, Person mentee) {
    String subject = facilitator.getSubject();
    if (subject.equals(mentor.getSubject()) || subject.equals(mentee.getSubject())) {
      String name = facilitator.getUsername();
      return refused(
          Rule.FACILITATOR_NOT_PARTY, List.of(name), "refusal.pairing.facilitatorIsParty", name);
    }
    return Optional.empty();
  }

  /**
   * What keeps this junior from mentoring this senior, if anything, given the cohort's active
   * pairings.
   */
  public Optional<Refusal> refusal(
      Person mentor, Person mentee, Collection<Pairing> activeInCohort) {
    if (mentor.getSubject().equals(mentee.getSubject())) {
      String junior = mentor.getUsername();
      return refused(Rule.DISTINCT_PEOPLE, List.of(junior), "refusal.pairing.themselves", junior);
    }
    return personRefusal(mentor)
        .or(() -> personRefusal(mentee))
        .or(() -> pairRefusal(mentor, mentee, activeInCohort, facts::byUsername));
  }

  /** What keeps this person out of any pairing: inactive in the directory, or not signed. */
  public Optional<Refusal> personRefusal(Person person) {
    String name = person.getUsername();
    if (!person.isActive()) {
      return refused(Rule.ACTIVE_IN_DIRECTORY, List.of(name), "refusal.pairing.inactive", name);
    }
    if (!facts.signedCurrentCharter(person)) {
      return refused(Rule.CHARTER_SIGNED, List.of(name), "refusal.pairing.notSigned", name);
    }
    return Optional.empty();
  }

  /**
   * What keeps two people, each fit to take part, from being paired this way round: grades,
   * reporting line, another active pairing.
   *
   * @param byUsername how to find a manager by username, for the reporting-line walk
   */
  public static Optional<Refusal> pairRefusal(
      Person mentor,
      Person mentee,
      Collection<Pairing> activeInCohort,
      Function<String, Optional<Person>> byUsername) {
    String junior = mentor.getUsername();
    String senior = mentee.getUsername();
    List<String> both = List.of(junior, senior);
    if (mentor.getSubject().equals(mentee.getSubject())) {
      return refused(Rule.DISTINCT_PEOPLE, List.of(junior), "refusal.pairing.themselves", junior);
    }
    if (mentor.getGrade() == null || mentee.getGrade() == null) {
      return refused(Rule.GRADE_ORDER, both, "refusal.pairing.gradesUnknown", junior, senior);
    }
    if (mentor.getGrade() >= mentee.getGrade()) {
      return refused(
          Rule.GRADE_ORDER,
          both,
          "refusal.pairing.gradeOrder",
          junior,
          String.valueOf(mentor.getGrade()),
          senior,
          String.valueOf(mentee.getGrade()));
    }
    if (inReportingLine(mentee, junior, byUsername)
        || inReportingLine(mentor, senior, byUsername)) {
      return refused(Rule.REPORTING_LINE, both, "refusal.pairing.reportingLine", junior, senior);
    }
    for (Pairing p : activeInCohort) {
      for (Person person : List.of(mentor, mentee)) {
        if (p.isParty(person.getSubject())) {
          return refused(
              Rule.ONE_ACTIVE_PAIRING,
              List.of(person.getUsername()),
              "refusal.pairing.onePairing",
              person.getUsername());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code username} is somewhere above {@code person} in the manager chain. The walk stops
   * at the top, at a manager the application does not know, at a cycle, and after {@link
   * #MAX_CHAIN} steps.
   */
  public static boolean inReportingLine(
      Person person, String username, Function<String, Optional<Person>> byUsername) {
    Set<String> seen = new HashSet<>();
    seen.add(person.getUsername());
    String manager = person.getManagerUsername();
    for (int step = 0; manager != null && step < MAX_CHAIN; step++) {
      if (manager.equals(username)) {
        return true;
      }
      if (!seen.add(manager)) {
        return false;
      }
      manager = byUsername.apply(manager).map(Person::getManagerUsername).orElse(null);
    }
    return false;
  }

  private static Optional<Refusal> refused(
      Rule rule, List<String> people, String key, Object... args) {
    return Optional.of(Refusal.rule(rule.label(), key, args).about(people));
  }
}
