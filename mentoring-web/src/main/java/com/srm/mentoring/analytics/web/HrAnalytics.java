package com.srm.mentoring.analytics.web;

import com.srm.mentoring.analytics.boundary.Analytics;
import com.srm.mentoring.analytics.entity.CohortFigures;
import com.srm.mentoring.analytics.entity.Period;
import com.srm.mentoring.analytics.entity.PeriodCount;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.web.Refusals;
import com.srm.mentoring.pulse.entity.CohortPulse;
import com.srm.mentoring.pulse.web.PulseChart;
import com.srm.mentoring.pulse.web.PulseRows;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * The program dashboard: participation per cohort as bars, endings over time as bars, the
 * micro-questions' weekly trend as a line, each with its numbers as a table beside it and as CSV.
 * HR starts on all cohorts together; a facilitator on the first of their cohorts. A cohort the
 * caller may not see ends on the not-found page, logged by the boundary.
 */
@Named
@RequestScoped
public class HrAnalytics {

  @Inject Analytics analytics;

  @Inject FacesContext faces;

  private String cohort;
  private String period;

  private boolean hr;
  private int quietWeeks;
  private UUID selected;
  private Period by = Period.MONTH;
  private List<CohortFigures> figures = List.of();
  private List<AnalyticsRows.Row> rows = List.of();
  private AnalyticsRows.Row shown;
  private List<PeriodCount> overTime = List.of();
  private CohortPulse trend;
  private List<PulseRows.Row> trendRows = List.of();
  // the charts, built once per request: the page asks for each more than once while it renders
  private String participationChart;
  private String endingsChart;
  private String trendChart;
  private boolean trendShown;

  public void load() throws IOException {
    try {
      read();
    } catch (Refusal refused) {
      // a cohort outside the caller's view, refused and logged by the boundary
      Refusals.show(faces, refused);
    }
  }

  private void read() {
    ResourceBundle msg = bundle();
    by = "WEEK".equals(period) ? Period.WEEK : Period.MONTH;
    figures = analytics.cohorts();
    rows = figures.stream().map(f -> AnalyticsRows.of(f, msg)).toList();
    hr = analytics.isHr();
    quietWeeks = analytics.quietWeeks();
    selected = parse(cohort);
    if (selected == null && !hr && figures.size() > 1) {
      selected = figures.get(0).cohortId();
    }
    shown =
        rows.stream()
            .filter(row -> row.cohortId().equals(selected == null ? "" : selected.toString()))
            .findFirst()
            .orElse(null);
    overTime = analytics.overTime(selected, by);
    if (selected != null || hr) {
      trend = analytics.trend(selected);
      trendRows = PulseRows.of(trend.figures(), msg);
      trendShown = PulseChart.hasTrend(trend.figures());
      trendChart = trendShown ? PulseChart.of(trend.figures(), msg) : null;
    }
    participationChart =
        AnalyticsCharts.participation(figures.stream().filter(f -> !f.isTotal()).toList(), msg);
    endingsChart = AnalyticsCharts.endings(overTime, msg);
  }

  /** A malformed id is a cohort nobody may see: the boundary refuses it like any other. */
  private static UUID parse(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(id.strip());
    } catch (IllegalArgumentException e) {
      return new UUID(0, 0);
    }
  }

  private ResourceBundle bundle() {
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  public String getParticipationChart() {
    return participationChart;
  }

  public String getEndingsChart() {
    return endingsChart;
  }

  public String getTrendChart() {
    return trendChart;
  }

  public boolean isTrendShown() {
    return trendShown;
  }

  public boolean isAnyCohort() {
    return figures.size() > 1;
  }

  public List<AnalyticsRows.Row> getRows() {
    return rows;
  }

  /** The row of the selected cohort, or the row over all cohorts. */
  public AnalyticsRows.Row getShown() {
    return shown;
  }

  public List<PeriodCount> getOverTime() {
    return overTime;
  }

  public CohortPulse getTrend() {
    return trend;
  }

  public List<PulseRows.Row> getTrendRows() {
    return trendRows;
  }

  public int getQuietWeeks() {
    return quietWeeks;
  }

  public boolean isHr() {
    return hr;
  }

  public String getSelectedId() {
    return selected == null ? "" : selected.toString();
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public String getPeriod() {
    return by.name();
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
