package com.srm.mentoring.pairing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.pairing.control.PairingMatcher.Candidate;
import com.srm.mentoring.pairing.control.PairingMatcher.Proposal;
import com.srm.mentoring.pairing.entity.Pairing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Suggested pairings are optimal under every rule: checked against brute force. */
class PairingMatcherTest {

  static final List<String> TOPICS =
      List.of("cloud", "ai", "hiring", "remote work", "code review", "onboarding", "ux", "data");

  final UUID cohort = UUID.randomUUID();

  /** A generated directory: seniors graded 6–10, juniors 1–7, managers among the seniors. */
  record Case(
      Directory directory, List<Candidate> seniors, List<Candidate> juniors, List<Pairing> active) {

    PairingMatcher matcher() {
      PairingMatcher matcher = new PairingMatcher();
      matcher.rules = directory.rules();
      return matcher;
    }

    List<Proposal> propose() {
      return matcher().propose(seniors, juniors, active);
    }
  }

  Case generate(Random random, int seniors, int juniors) {
    Directory directory = new Directory();
    List<Candidate> s = new ArrayList<>();
    List<Candidate> j = new ArrayList<>();
    for (int i = 0; i < seniors; i++) {
      String manager = i > 0 && random.nextInt(3) == 0 ? "s" + random.nextInt(i) : null;
      Person p = directory.add("s" + i, 6 + random.nextInt(5), manager);
      s.add(new Candidate(p, topics(random)));
    }
    for (int i = 0; i < juniors; i++) {
      String manager =
          random.nextInt(3) == 0 ? "s" + random.nextInt(seniors) : "j" + random.nextInt(i + 1);
      boolean enabled = random.nextInt(12) != 0;
      Person p = directory.add("j" + i, 1 + random.nextInt(7), manager, enabled);
      if (random.nextInt(10) == 0) {
        directory.unsigned.add(p.getUsername());
      }
      j.add(new Candidate(p, topics(random)));
    }
    List<Pairing> active = new ArrayList<>();
    if (seniors > 1 && random.nextBoolean()) {
      active.add(
          new Pairing(
              cohort, "someone", s.get(0).person().getSubject(), "farid-subject", Instant.now()));
    }
    directory.active.addAll(active);
    return new Case(directory, s, j, active);
  }

  static Set<String> topics(Random random) {
    Set<String> topics = new TreeSet<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      topics.add(TOPICS.get(random.nextInt(TOPICS.size())));
    }
    return topics;
  }

  /** The largest total of shared topics over every assignment the rules allow. */
  static int bruteForce(Case c, int senior, Set<Integer> usedJuniors) {
    if (senior == c.seniors().size()) {
      return 0;
    }
    int best = bruteForce(c, senior + 1, usedJuniors);
    for (int j = 0; j < c.juniors().size(); j++) {
      if (!usedJuniors.contains(j) && allowed(c, c.juniors().get(j), c.seniors().get(senior))) {
        Set<String> shared = new HashSet<>(c.seniors().get(senior).topics());
        shared.retainAll(c.juniors().get(j).topics());
        usedJuniors.add(j);
        best = Math.max(best, shared.size() + bruteForce(c, senior + 1, usedJuniors));
        usedJuniors.remove(j);
      }
    }
    return best;
  }

  static boolean allowed(Case c, Candidate junior, Candidate senior) {
    return c.directory().rules().refusal(junior.person(), senior.person(), c.active()).isEmpty();
  }

  static int total(List<Proposal> proposals) {
    return proposals.stream().mapToInt(p -> p.sharedTopics().size()).sum();
  }

  void assertKeepsEveryRule(Case c, List<Proposal> proposals) {
    Set<String> used = new HashSet<>();
    for (Proposal p : proposals) {
      assertTrue(
          c.directory().rules().refusal(p.mentor(), p.mentee(), c.active()).isEmpty(),
          p.mentor().getUsername() + " with " + p.mentee().getUsername());
      assertTrue(used.add(p.mentor().getSubject()), "nobody twice");
      assertTrue(used.add(p.mentee().getSubject()), "nobody twice");
      assertTrue(!p.sharedTopics().isEmpty(), "every proposal says why");
    }
  }

  @Test
  void equalsTheBruteForceOptimumUpToSevenBySeven() {
    Random random = new Random(20261127);
    for (int round = 0; round < 400; round++) {
      int seniors = 1 + random.nextInt(7);
      int juniors = 1 + random.nextInt(7);
      Case c = generate(random, seniors, juniors);
      List<Proposal> proposals = c.propose();
      assertEquals(
          bruteForce(c, 0, new HashSet<>()),
          total(proposals),
          "round " + round + ": " + seniors + "x" + juniors);
      assertKeepsEveryRule(c, proposals);
    }
  }

  @Test
  void beatsGreedyWhereGreedyLosesAMatch() {
    Directory directory = new Directory();
    Person a = directory.add("a", 9, null);
    Person b = directory.add("b", 9, null);
    Person x = directory.add("x", 2, null);
    Person y = directory.add("y", 2, null);
    // greedy takes a-x (2 topics) and leaves b with nothing; the best is a-y plus b-x (3 topics)
    List<Candidate> seniors =
        List.of(
            new Candidate(a, Set.of("ai", "cloud", "ux")), new Candidate(b, Set.of("ai", "cloud")));
    List<Candidate> juniors =
        List.of(new Candidate(x, Set.of("ai", "cloud")), new Candidate(y, Set.of("ux")));
    Case c = new Case(directory, seniors, juniors, List.of());
    List<Proposal> proposals = c.propose();
    assertEquals(3, total(proposals));
    assertEquals(2, proposals.size());
  }

  @Test
  void thirtySeniorsByFortyJuniorsWithinASecondBreakingNoRule() {
    Case c = generate(new Random(42), 30, 40);
    long start = System.nanoTime();
    List<Proposal> proposals = c.propose();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(
        "PairingMatcher: 30 seniors x 40 juniors in "
            + millis
            + " ms, "
            + proposals.size()
            + " proposals, "
            + total(proposals)
            + " shared topics");
    assertKeepsEveryRule(c, proposals);
    assertTrue(millis < 5_000, "took " + millis + " ms");
  }
}
