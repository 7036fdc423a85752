package com.srm.mentoring.analytics.rest;

import com.srm.mentoring.analytics.boundary.Analytics;
import com.srm.mentoring.analytics.entity.CohortFigures;
import com.srm.mentoring.analytics.entity.Period;
import com.srm.mentoring.analytics.rest.AnalyticsViews.CohortRow;
import com.srm.mentoring.analytics.rest.AnalyticsViews.DetailView;
import com.srm.mentoring.analytics.rest.AnalyticsViews.PeriodView;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.pulse.entity.Figure;
import com.srm.mentoring.pulse.rest.PulseViews.CellView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The program dashboard for HR and facilitators. */
@Path("analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

  @Inject Analytics analytics;

  @GET
  @Path("cohorts")
  @Operation(
      summary =
          "One row per cohort the caller may see (HR: all; a facilitator: theirs): sessions"
              + " planned and held, micro-questions due and answered, quiet pairings, withdrawals"
              + " and re-pair requests, the cohort's answers and both sides' ratings of the"
              + " objectives; a figure over fewer than k people is {\"suppressed\": true} with no"
              + " value. Anyone else: 404")
  public List<CohortRow> cohorts() {
    return analytics.cohorts().stream().filter(row -> !row.isTotal()).map(CohortRow::of).toList();
  }

  @GET
  @Path("cohorts/{id}")
  @Operation(
      summary =
          "One cohort's row, its withdrawals and re-pair requests per month or ISO week, and the"
              + " micro-questions' cells by role and week, suppressed as on the cohort's page")
  public DetailView cohort(
      @PathParam("id") UUID cohortId,
      @Parameter(description = "MONTH (default) or WEEK") @QueryParam("period") String period) {
    Period by = period(period);
    List<PeriodView> overTime =
        analytics.overTime(cohortId, by).stream().map(PeriodView::of).toList();
    CohortFigures row =
        analytics.cohorts().stream()
            .filter(f -> cohortId.equals(f.cohortId()))
            .findFirst()
            .orElseThrow(NotFoundException::new);
    return detail(row, by, overTime, analytics.trend(cohortId).figures());
  }

  @GET
  @Path("across")
  @Operation(
      summary =
          "The row over all cohorts the caller sees and their withdrawals and re-pair requests"
              + " over time; for HR also the micro-questions' cells across all cohorts")
  public DetailView across(
      @Parameter(description = "MONTH (default) or WEEK") @QueryParam("period") String period) {
    Period by = period(period);
    List<CohortFigures> rows = analytics.cohorts();
    CohortFigures total = rows.get(rows.size() - 1);
    List<PeriodView> overTime = analytics.overTime(null, by).stream().map(PeriodView::of).toList();
    List<Figure> trend = analytics.isHr() ? analytics.trend(null).figures() : List.of();
    return detail(total, by, overTime, trend);
  }

  private static DetailView detail(
      CohortFigures row, Period by, List<PeriodView> overTime, List<Figure> trend) {
    return new DetailView(
        CohortRow.of(row), by.name(), overTime, trend.stream().map(CellView::of).toList());
  }

  static Period period(String value) {
    if (value == null || value.isBlank()) {
      return Period.MONTH;
    }
    try {
      return Period.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid("period", "refusal.analytics.period");
    }
  }
}
