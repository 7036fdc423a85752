package com.srm.mentoring.pulse.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.control.PulseModel.Given;
import com.srm.mentoring.pulse.entity.CellKey;
import com.srm.mentoring.pulse.entity.Figure;
import com.srm.mentoring.pulse.entity.RespondentRole;
import com.srm.mentoring.pulse.entity.Tally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  static final UUID COHORT = UUID.randomUUID();

  static Tally tally(RespondentRole role, String week, long answers) {
    return PulseModel.tallies(Map.of(new CellKey(COHORT, role, week), fake(answers))).get(0);
  }

  static List<Given> fake(long answers) {
    List<Given> given = new ArrayList<>();
    for (int i = 0; i < answers; i++) {
      given.add(new Given(i, "p" + i, COHORT, RespondentRole.MENTOR, "2026-W01"));
    }
    return given;
  }

  @Test
  void aCellUnderTheThresholdIsSuppressedWithoutAnyNumber() {
    List<Figure> figures =
        Suppression.apply(
            List.of(tally(null, null, 9), tally(RespondentRole.MENTOR, null, 4)), key -> 5);
    assertTrue(figures.get(1).isSuppressed());
    assertNull(figures.get(1).tally(), "no count, mean or distribution");
    assertEquals(5, figures.get(1).threshold());
  }

  @Test
  void theComplementOfASmallCellIsSuppressedToo() {
    // 12 answers, 9 from mentors and 3 from mentees: the mentees' cell is under k, and the
    // mentors' cell would give it away as the whole minus the mentors
    List<Figure> figures =
        Suppression.apply(
            List.of(
                tally(null, null, 12),
                tally(RespondentRole.MENTOR, null, 9),
                tally(RespondentRole.MENTEE, null, 3)),
            key -> 5);
    assertFalse(figures.get(0).isSuppressed());
    assertTrue(figures.get(1).isSuppressed());
    assertTrue(figures.get(2).isSuppressed());
  }

  @Test
  void cellsFarEnoughApartAreShown() {
    List<Figure> figures =
        Suppression.apply(
            List.of(
                tally(null, null, 10),
                tally(RespondentRole.MENTOR, null, 5),
                tally(RespondentRole.MENTEE, null, 5)),
            key -> 5);
    assertTrue(figures.stream().noneMatch(Figure::isSuppressed));
  }

  /**
   * Random cohorts of 2 to 30 people answering once each, with random roles and weeks: over every
   * combination of up to three filters (cohort, role, week; each cohort's own page and the page
   * across cohorts), no shown cell, and no difference between two shown cells one of which contains
   * the other, rests on 1 to k-1 people.
   */
  @Test
  void noShownCellNorDifferenceOfShownCellsRestsOnFewerThanKPeople() {
    Random random = new Random(20261127L);
    for (int trial = 0; trial < 400; trial++) {
      int cohorts = 1 + random.nextInt(3);
      int weeks = 1 + random.nextInt(4);
      Map<UUID, Integer> thresholds = new HashMap<>();
      List<Given> answers = new ArrayList<>();
      for (int c = 0; c < cohorts; c++) {
        UUID cohort = UUID.randomUUID();
        thresholds.put(cohort, 3 + random.nextInt(5));
        int people = 2 + random.nextInt(29);
        for (int p = 0; p < people; p++) {
          answers.add(
              new Given(
                  answers.size(),
                  cohort + "/" + p,
                  cohort,
                  random.nextBoolean() ? RespondentRole.MENTOR : RespondentRole.MENTEE,
                  "2026-W0" + (1 + random.nextInt(weeks))));
        }
      }
      int largest = thresholds.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
      ToIntFunction<CellKey> k =
          key -> key.cohort() == null ? largest : thresholds.get(key.cohort());
      Map<CellKey, List<Given>> cube = PulseModel.cube(answers);

      // what HR's page across cohorts shows, and what each cohort's page shows
      Set<CellKey> shown = new HashSet<>();
      for (Figure figure : Suppression.apply(PulseModel.tallies(cube), k)) {
        if (!figure.isSuppressed() && figure.key().cohort() == null) {
          shown.add(figure.key());
        }
      }
      for (UUID cohort : thresholds.keySet()) {
        Map<CellKey, List<Given>> own = new HashMap<>();
        cube.forEach(
            (key, given) -> {
              if (cohort.equals(key.cohort())) {
                own.put(key, given);
              }
            });
        for (Figure figure : Suppression.apply(PulseModel.tallies(own), key -> k.applyAsInt(key))) {
          if (!figure.isSuppressed()) {
            shown.add(figure.key());
          }
        }
      }

      for (CellKey a : shown) {
        int people = PulseModel.people(cube.get(a)).size();
        assertTrue(people >= k.applyAsInt(a), trial + ": " + a + " shown over " + people);
        for (CellKey b : shown) {
          if (a.equals(b) || !b.contains(a)) {
            continue;
          }
          List<Given> difference = new ArrayList<>(cube.get(b));
          difference.removeAll(cube.get(a));
          int apart = PulseModel.people(difference).size();
          int threshold = Math.max(k.applyAsInt(a), k.applyAsInt(b));
          assertFalse(
              apart >= 1 && apart < threshold,
              trial + ": " + b + " minus " + a + " rests on " + apart + " people");
        }
      }
    }
  }
}
