package com.srm.mentoring.pairing.control;

import com.srm.mentoring.identity.entity.DirectoryEntry;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.pairing.entity.Pairing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A directory and charter standing in memory, in place of the database, for the rules. */
class Directory extends PairingFacts {

  final Map<String, Person> people = new HashMap<>();
  final Set<String> unsigned = new HashSet<>();
  final List<Pairing> active = new ArrayList<>();

  Person add(String username, Integer grade, String manager, String... roles) {
    return add(username, grade, manager, true, roles);
  }

  Person add(String username, Integer grade, String manager, boolean enabled, String... roles) {
    Person person =
        new Person(
            username + "-subject",
            new DirectoryEntry(
                username,
                username,
                "Dept",
                grade,
                manager,
                enabled,
                Set.of(roles),
                Instant.now(),
                null,
                null));
    people.put(username, person);
    return person;
  }

  PairingRules rules() {
    PairingRules rules = new PairingRules();
    rules.facts = this;
    return rules;
  }

  @Override
  public boolean signedCurrentCharter(Person person) {
    return !unsigned.contains(person.getUsername());
  }

  @Override
  public Optional<Person> byUsername(String username) {
    return Optional.ofNullable(people.get(username));
  }

  @Override
  public List<Pairing> activeIn(UUID cohortId) {
    return active.stream().filter(p -> p.getCohortId().equals(cohortId)).toList();
  }
}
