package com.srm.mentoring.pulse.web;

import com.srm.mentoring.platform.web.ScriptJson;
import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.Figure;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The weekly trend of everyone's means as a Chart.js configuration, shared by the page of one
 * cohort and the page across cohorts. Suppressed weeks are left out, never drawn as 0.
 */
public final class PulseChart {

  private PulseChart() {}

  public static String of(List<Figure> figures, ResourceBundle msg) {
    List<Figure> weeks = weeks(figures);
    JsonArrayBuilder labels = Json.createArrayBuilder();
    weeks.forEach(f -> labels.add(f.key().week()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int q = 0; q < Answer.QUESTIONS.length; q++) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (Figure f : weeks) {
        data.add(Math.round(f.tally().means()[q] * 100) / 100.0);
      }
      datasets.add(
          Json.createObjectBuilder()
              .add("label", msg.getString(PulseCohort.QUESTION_KEYS[q]))
              .add("data", data)
              .add("fill", false));
    }
    return ScriptJson.of(
        Json.createObjectBuilder()
            .add("type", "line")
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("y", Json.createObjectBuilder().add("min", 1).add("max", 5))))
            .build());
  }

  /** True once at least one week can be shown: the chart needs a point to draw. */
  public static boolean hasTrend(List<Figure> figures) {
    return !weeks(figures).isEmpty();
  }

  private static List<Figure> weeks(List<Figure> figures) {
    return figures.stream()
        .filter(f -> f.key().role() == null && f.key().week() != null && !f.isSuppressed())
        .sorted(Comparator.comparing(f -> f.key().week()))
        .toList();
  }
}
