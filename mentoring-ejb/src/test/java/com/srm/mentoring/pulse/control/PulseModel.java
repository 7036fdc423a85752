package com.srm.mentoring.pulse.control;

import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.CellKey;
import com.srm.mentoring.pulse.entity.RespondentRole;
import com.srm.mentoring.pulse.entity.Tally;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The tests' own model of released answers: it knows who gave each, which the application never
 * does, so that a test can count the people behind any figure or difference.
 */
public final class PulseModel {

  /** One released answer, with the author only the test knows. */
  public record Given(int id, String person, UUID cohort, RespondentRole role, String week) {}

  private PulseModel() {}

  /** Every cell over any combination of the three parts, like the GROUP BY CUBE of the database. */
  public static Map<CellKey, List<Given>> cube(Collection<Given> answers) {
    Map<CellKey, List<Given>> cells = new LinkedHashMap<>();
    for (Given answer : answers) {
      for (int mask = 0; mask < 8; mask++) {
        CellKey key =
            new CellKey(
                (mask & 1) != 0 ? null : answer.cohort(),
                (mask & 2) != 0 ? null : answer.role(),
                (mask & 4) != 0 ? null : answer.week());
        cells.computeIfAbsent(key, k -> new ArrayList<>()).add(answer);
      }
    }
    return cells;
  }

  /** The tallies of cells; every value given is 3, since only the counts matter here. */
  public static List<Tally> tallies(Map<CellKey, List<Given>> cells) {
    List<Tally> tallies = new ArrayList<>();
    cells.forEach(
        (key, answers) -> {
          int questions = Answer.QUESTIONS.length;
          long[][] distribution = new long[questions][Answer.HIGHEST];
          double[] means = new double[questions];
          for (int q = 0; q < questions; q++) {
            distribution[q][2] = answers.size();
            means[q] = 3;
          }
          tallies.add(new Tally(key, answers.size(), means, distribution));
        });
    return tallies;
  }

  public static Set<String> people(Collection<Given> answers) {
    Set<String> people = new HashSet<>();
    answers.forEach(a -> people.add(a.person()));
    return people;
  }
}
