package com.srm.mentoring.analytics.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.analytics.entity.Rating;
import com.srm.mentoring.pulse.control.PulseModel;
import com.srm.mentoring.pulse.control.PulseModel.Given;
import com.srm.mentoring.pulse.control.Suppression;
import com.srm.mentoring.pulse.entity.CellKey;
import com.srm.mentoring.pulse.entity.Figure;
import com.srm.mentoring.pulse.entity.RespondentRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures that rest on what people said, over the micro-questions' generator of
 * random cohorts: a row per cohort and one over the cohorts a caller sees (HR all of them, a
 * facilitator some), with each cohort's answers and both sides' ratings of their objectives. No
 * shown figure, and no difference between two shown figures one of which contains the other, rests
 * on 1 to k-1 people.
 */
class DashboardSuppressionTest {

  @Test
  void noShownFigureNorDifferenceRestsOnFewerThanKPeople() {
    Random random = new Random(20261127L);
    for (int trial = 0; trial < 400; trial++) {
      Map<UUID, Integer> thresholds = new HashMap<>();
      List<Given> given = new ArrayList<>();
      int cohorts = 1 + random.nextInt(4);
      for (int c = 0; c < cohorts; c++) {
        UUID cohort = UUID.randomUUID();
        thresholds.put(cohort, 3 + random.nextInt(5));
        int people = random.nextInt(25);
        for (int p = 0; p < people; p++) {
          given.add(
              new Given(
                  given.size(),
                  cohort + "/" + p,
                  cohort,
                  random.nextBoolean() ? RespondentRole.MENTOR : RespondentRole.MENTEE,
                  "2026-W01"));
        }
      }
      List<UUID> all = new ArrayList<>(thresholds.keySet());
      List<UUID> some = new ArrayList<>(all.subList(0, 1 + random.nextInt(all.size())));
      for (List<UUID> view : List.of(all, some)) {
        check(trial, view, thresholds, given);
      }
    }
  }

  private static void check(
      int trial, List<UUID> view, Map<UUID, Integer> thresholds, List<Given> given) {
    int largest = view.stream().mapToInt(thresholds::get).max().orElseThrow();
    ToIntFunction<CellKey> k = key -> key.cohort() == null ? largest : thresholds.get(key.cohort());

    // the answers: one cell per cohort, one over the view, role and week left open
    Map<CellKey, List<Given>> answerCells = new LinkedHashMap<>();
    // the ratings: per cohort and side, and per side over the view
    Map<CellKey, List<Given>> ratingCells = new LinkedHashMap<>();
    answerCells.put(new CellKey(null, null, null), new ArrayList<>());
    for (RespondentRole side : RespondentRole.values()) {
      ratingCells.put(new CellKey(null, side, null), new ArrayList<>());
    }
    for (UUID cohort : view) {
      answerCells.put(new CellKey(cohort, null, null), new ArrayList<>());
      for (RespondentRole side : RespondentRole.values()) {
        ratingCells.put(new CellKey(cohort, side, null), new ArrayList<>());
      }
    }
    for (Given g : given) {
      if (!view.contains(g.cohort())) {
        continue;
      }
      answerCells.get(new CellKey(g.cohort(), null, null)).add(g);
      answerCells.get(new CellKey(null, null, null)).add(g);
      ratingCells.get(new CellKey(g.cohort(), g.role(), null)).add(g);
      ratingCells.get(new CellKey(null, g.role(), null)).add(g);
    }

    List<CellKey> shownAnswers = new ArrayList<>();
    for (Figure figure : Suppression.apply(PulseModel.tallies(answerCells), k)) {
      if (!figure.isSuppressed()) {
        shownAnswers.add(figure.key());
      }
    }
    List<RatingCount> counts = new ArrayList<>();
    ratingCells.forEach(
        (key, raters) ->
            counts.add(
                new RatingCount(
                    key, PulseModel.people(raters).size(), raters.isEmpty() ? null : 3.0)));
    List<CellKey> shownRatings = new ArrayList<>();
    for (Rating rating : Ratings.apply(counts, k)) {
      if (!rating.isSuppressed()) {
        shownRatings.add(rating.key());
      }
    }

    assertSafe(trial, shownAnswers, answerCells, k);
    assertSafe(trial, shownRatings, ratingCells, k);
  }

  private static void assertSafe(
      int trial, List<CellKey> shown, Map<CellKey, List<Given>> cells, ToIntFunction<CellKey> k) {
    for (CellKey a : shown) {
      Set<String> people = PulseModel.people(cells.get(a));
      assertTrue(people.size() >= k.applyAsInt(a), trial + ": " + a + " shown over " + people);
      for (CellKey b : shown) {
        if (a.equals(b) || !b.contains(a)) {
          continue;
        }
        List<Given> difference = new ArrayList<>(cells.get(b));
        difference.removeAll(cells.get(a));
        int apart = PulseModel.people(difference).size();
        int threshold = Math.max(k.applyAsInt(a), k.applyAsInt(b));
        assertFalse(
            apart >= 1 && apart < threshold,
            trial + ": " + b + " minus " + a + " rests on " + apart + " people");
      }
    }
  }
}
