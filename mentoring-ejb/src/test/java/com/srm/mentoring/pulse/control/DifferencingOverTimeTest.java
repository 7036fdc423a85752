package com.srm.mentoring.pulse.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.control.PulseModel.Given;
import com.srm.mentoring.pulse.entity.CellKey;
import com.srm.mentoring.pulse.entity.Figure;
import com.srm.mentoring.pulse.entity.RespondentRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A facilitator sees who has answered, and may read every figure after each answer. In a cohort of
 * 12, with answers arriving one by one over several weeks and batches released as the plan says, no
 * change between two successive reads of any figure may rest on fewer than k new answers from fewer
 * than k people: else the facilitator learns the values of the one who just answered.
 */
class DifferencingOverTimeTest {

  static final int K = 5;

  /** One answer given, not yet released. */
  record Waiting(String person, RespondentRole role) {}

  @Test
  void everyChangeAFacilitatorCanSeeRestsOnAtLeastKNewPeople() {
    for (long seed = 1; seed <= 30; seed++) {
      run(new Random(seed));
    }
  }

  private void run(Random random) {
    UUID cohort = UUID.randomUUID();
    List<Waiting> arrivals = new ArrayList<>();
    for (int week = 1; week <= 6; week++) {
      List<Waiting> thisWeek = new ArrayList<>();
      for (int p = 0; p < 12; p++) {
        // a pair holds a session most weeks; some do not answer
        if (random.nextInt(10) < 7) {
          thisWeek.add(new Waiting("p" + p, p < 6 ? RespondentRole.MENTOR : RespondentRole.MENTEE));
        }
      }
      Collections.shuffle(thisWeek, random);
      arrivals.addAll(thisWeek);
    }

    List<Waiting> holding = new ArrayList<>();
    List<Given> released = new ArrayList<>();
    // the last time each figure was seen: a reader remembers it through reads that suppress it
    Map<CellKey, Set<Integer>> lastSeen = new HashMap<>();
    int releasedBatches = 0;
    for (int i = 0; i < arrivals.size(); i++) {
      holding.add(arrivals.get(i));
      String week = "2026-W" + (10 + i / 8); // time goes on while answers arrive
      for (RespondentRole role : RespondentRole.values()) {
        List<Waiting> group = holding.stream().filter(w -> w.role() == role).toList();
        long people = group.stream().map(Waiting::person).distinct().count();
        var decision = ReleasePlan.decide(new ReleasePlan.Waiting(cohort, role, people, K, false));
        if (decision == ReleasePlan.Decision.RELEASE) {
          for (Waiting w : group) {
            released.add(new Given(released.size(), w.person(), cohort, role, week));
          }
          holding.removeAll(group);
          releasedBatches++;
        }
      }

      Map<CellKey, List<Given>> cube = PulseModel.cube(released);
      cube.keySet().removeIf(key -> key.cohort() == null);
      for (Figure figure : Suppression.apply(PulseModel.tallies(cube), key -> K)) {
        if (figure.isSuppressed()) {
          continue;
        }
        List<Given> behind = cube.get(figure.key());
        assertTrue(PulseModel.people(behind).size() >= K, figure.key() + " shown over too few");
        Set<Integer> ids = new HashSet<>();
        behind.forEach(g -> ids.add(g.id()));
        Set<Integer> before = lastSeen.put(figure.key(), ids);
        if (before != null && !before.equals(ids)) {
          List<Given> added = behind.stream().filter(g -> !before.contains(g.id())).toList();
          assertEquals(before.size() + added.size(), ids.size(), "answers only come in");
          assertTrue(
              PulseModel.people(added).size() >= K,
              figure.key() + " changed by the answers of " + PulseModel.people(added));
        }
      }
    }
    assertTrue(releasedBatches >= 2, "the run released batches");
  }
}
