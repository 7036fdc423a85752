package com.srm.mentoring.analytics.web;

import com.srm.mentoring.analytics.entity.CohortFigures;
import com.srm.mentoring.analytics.entity.PeriodCount;
import com.srm.mentoring.platform.web.ScriptJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.ResourceBundle;

/** The dashboard's bar charts as Chart.js configurations; the line chart is the pulse pages'. */
final class AnalyticsCharts {

  private AnalyticsCharts() {}

  /** Per cohort, the share of planned sessions held and of due answers given, in percent. */
  static String participation(List<CohortFigures> cohorts, ResourceBundle msg) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder held = Json.createArrayBuilder();
    JsonArrayBuilder answered = Json.createArrayBuilder();
    for (CohortFigures row : cohorts) {
      labels.add(row.name());
      held.add(AnalyticsRows.percent(row.counts().sessionsHeld(), row.counts().sessionsPlanned()));
      answered.add(AnalyticsRows.percent(row.counts().answersGiven(), row.counts().answersDue()));
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(msg.getString("analytics.heldShare"), held))
            .add(dataset(msg.getString("analytics.answeredShare"), answered));
    return chart("bar", labels, datasets, Json.createObjectBuilder().add("min", 0).add("max", 100));
  }

  /** Withdrawals and re-pair requests per period. */
  static String endings(List<PeriodCount> periods, ResourceBundle msg) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder withdrawals = Json.createArrayBuilder();
    JsonArrayBuilder repairs = Json.createArrayBuilder();
    for (PeriodCount period : periods) {
      labels.add(period.period());
      withdrawals.add(period.withdrawals());
      repairs.add(period.repairRequests());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(msg.getString("analytics.withdrawals"), withdrawals))
            .add(dataset(msg.getString("analytics.repairRequests"), repairs));
    return chart(
        "bar",
        labels,
        datasets,
        Json.createObjectBuilder()
            .add("min", 0)
            .add("ticks", Json.createObjectBuilder().add("precision", 0)));
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data) {
    return Json.createObjectBuilder().add("label", label).add("data", data);
  }

  private static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder y) {
    return ScriptJson.of(
        Json.createObjectBuilder()
            .add("type", type)
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder().add("scales", Json.createObjectBuilder().add("y", y)))
            .build());
  }
}
