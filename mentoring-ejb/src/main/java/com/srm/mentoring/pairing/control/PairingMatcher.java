package com.srm.mentoring.pairing.control;

import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.pairing.entity.Pairing;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Suggests pairings: the assignment of juniors to seniors that maximises the total number of topics
 * shared between what each senior wants to learn and what their junior offers, among the pairings
 * the program's rules allow. It is optimal, not greedy (the Hungarian algorithm): a greedy choice
 * of the best single pair can cost two others their only match. Pairs sharing no topic are not
 * proposed; each proposal names the topics it shares.
 */
@Dependent
public class PairingMatcher {

  @Inject PairingRules rules;

  /**
   * A person HR picked as a candidate, with their topics.
   *
   * @param person the person
   * @param topics what a senior wants to learn, or what a junior offers, in normal form
   */
  public record Candidate(Person person, Set<String> topics) {}

  /**
   * A suggested pairing.
   *
   * @param mentor the junior
   * @param mentee the senior
   * @param sharedTopics why: the topics they share, in alphabetical order
   */
  public record Proposal(Person mentor, Person mentee, List<String> sharedTopics) {}

  /**
   * The best assignment of the juniors to the seniors under every rule, given the cohort's active
   * pairings.
   */
  public List<Proposal> propose(
      List<Candidate> seniors, List<Candidate> juniors, Collection<Pairing> activeInCohort) {
    Map<String, Optional<Person>> known = new HashMap<>();
    Function<String, Optional<Person>> byUsername =
        username -> known.computeIfAbsent(username, rules.facts::byUsername);
    Map<String, Boolean> fit = new HashMap<>();
    Function<Person, Boolean> mayTakePart =
        person ->
            fit.computeIfAbsent(person.getSubject(), s -> rules.personRefusal(person).isEmpty());
    int[][] weight = new int[seniors.size()][juniors.size()];
    for (int s = 0; s < seniors.size(); s++) {
      Candidate senior = seniors.get(s);
      for (int j = 0; j < juniors.size(); j++) {
        Candidate junior = juniors.get(j);
        Set<String> shared = shared(senior, junior);
        boolean allowed =
            !shared.isEmpty()
                && mayTakePart.apply(senior.person())
                && mayTakePart.apply(junior.person())
                && PairingRules.pairRefusal(
                        junior.person(), senior.person(), activeInCohort, byUsername)
                    .isEmpty();
        weight[s][j] = allowed ? shared.size() : 0;
      }
    }
    int[] assigned = Hungarian.maximise(weight);
    List<Proposal> proposals = new ArrayList<>();
    for (int s = 0; s < seniors.size(); s++) {
      int j = assigned[s];
      if (j >= 0 && weight[s][j] > 0) {
        proposals.add(
            new Proposal(
                juniors.get(j).person(),
                seniors.get(s).person(),
                List.copyOf(shared(seniors.get(s), juniors.get(j)))));
      }
    }
    return proposals;
  }

  private static Set<String> shared(Candidate senior, Candidate junior) {
    Set<String> shared = new TreeSet<>(senior.topics());
    shared.retainAll(junior.topics());
    return shared;
  }
}
