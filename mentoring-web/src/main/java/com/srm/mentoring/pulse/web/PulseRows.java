package com.srm.mentoring.pulse.web;

import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.Figure;
import com.srm.mentoring.pulse.entity.RespondentRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The figures of a cohort as rows of the table, the chart and the CSV: the same numbers in all
 * three. A suppressed row carries only its label and "fewer than k answers".
 */
public final class PulseRows {

  private PulseRows() {}

  /** One row; {@code means} is empty when suppressed. */
  public record Row(
      String group, String week, boolean suppressed, String answers, List<String> means) {}

  public static List<Row> of(List<Figure> figures, ResourceBundle msg) {
    List<Figure> sorted = new ArrayList<>(figures);
    sorted.sort(
        Comparator.comparing((Figure f) -> f.key().week() == null ? "" : f.key().week())
            .thenComparing(f -> f.key().role() == null ? "" : f.key().role().name()));
    List<Row> rows = new ArrayList<>();
    for (Figure figure : sorted) {
      String group = group(figure.key().role(), msg);
      String week =
          figure.key().week() == null ? msg.getString("pulse.allWeeks") : figure.key().week();
      if (figure.isSuppressed()) {
        rows.add(
            new Row(
                group,
                week,
                true,
                java.text.MessageFormat.format(
                    msg.getString("pulse.suppressed"), figure.threshold()),
                List.of()));
      } else {
        List<String> means = new ArrayList<>();
        for (int q = 0; q < Answer.QUESTIONS.length; q++) {
          means.add(String.format(Locale.ROOT, "%.2f", figure.tally().means()[q]));
        }
        rows.add(new Row(group, week, false, Long.toString(figure.tally().answers()), means));
      }
    }
    return rows;
  }

  static String group(RespondentRole role, ResourceBundle msg) {
    if (role == null) {
      return msg.getString("pulse.everyone");
    }
    return msg.getString(role == RespondentRole.MENTOR ? "pulse.mentors" : "pulse.mentees");
  }
}
