package com.srm.mentoring.analytics.rest;

import com.srm.mentoring.analytics.boundary.Analytics;
import com.srm.mentoring.analytics.entity.CohortFigures;
import com.srm.mentoring.analytics.entity.Period;
import com.srm.mentoring.analytics.rest.AnalyticsViews.CohortRow;
import com.srm.mentoring.analytics.rest.AnalyticsViews.DetailView;
import com.srm.mentoring.analytics.rest.AnalyticsViews.PeriodView;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Problem;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The program dashboard for HR and facilitators. */
@Tag(name = ApiTags.ANALYTICS, description = ApiTags.ANALYTICS_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
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
  @APIResponse(
      responseCode = "200",
      description =
          "One row per cohort the caller may see; figures over fewer than k people suppressed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = CohortRow.class)))
  @APIResponse(
      responseCode = "404",
      description = "The caller is neither HR nor a facilitator (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public List<CohortRow> cohorts() {
    return analytics.cohorts().stream().filter(row -> !row.isTotal()).map(CohortRow::of).toList();
  }

  @GET
  @Path("cohorts/{id}")
  @Operation(
      summary =
          "One cohort's row, its withdrawals and re-pair requests per month or ISO week, and the"
              + " micro-questions' cells by role and week, suppressed as on the cohort's page")
  @APIResponse(
      responseCode = "200",
      description = "The cohort's row, over time and the micro-questions' cells",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DetailView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A period other than MONTH or WEEK (naming period)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cohort, or one the caller may not read (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public DetailView cohort(
      @Parameter(description = "The cohort's id") @PathParam("id") UUID cohortId,
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
  @APIResponse(
      responseCode = "200",
      description = "The row over all cohorts the caller sees, over time",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DetailView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A period other than MONTH or WEEK (naming period)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "The caller is neither HR nor a facilitator (the refusal is logged)",
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
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
