package com.srm.mentoring.analytics.web;

import com.srm.mentoring.analytics.boundary.Analytics;
import com.srm.mentoring.analytics.entity.CohortFigures;
import com.srm.mentoring.analytics.entity.Period;
import com.srm.mentoring.analytics.entity.PeriodCount;
import com.srm.mentoring.platform.control.Causes;
import com.srm.mentoring.platform.entity.CsvCell;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.pulse.entity.Figure;
import com.srm.mentoring.pulse.web.PulseRows;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Each table of the dashboard as CSV, with the same rows: {@code table=cohorts} the participation
 * per cohort, {@code over-time} the endings per period, {@code trend} the micro-questions' cells. A
 * suppressed figure says so in its column, so that no spreadsheet reads it as 0. A refusal looks
 * like "not found", logged by the boundary.
 */
@WebServlet("/hr/analytics.csv")
public class AnalyticsExport extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Analytics analytics;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ResourceBundle msg =
        ResourceBundle.getBundle("com.srm.mentoring.i18n.messages", request.getLocale());
    String table = String.valueOf(request.getParameter("table"));
    List<List<String>> lines;
    try {
      UUID cohort = cohort(request.getParameter("cohort"));
      Period period = "WEEK".equals(request.getParameter("period")) ? Period.WEEK : Period.MONTH;
      lines =
          switch (table) {
            case "cohorts" -> cohorts(msg);
            case "over-time" -> overTime(analytics.overTime(cohort, period));
            case "trend" -> trend(analytics.trend(cohort).figures(), msg);
            default -> null;
          };
    } catch (Refusal | IllegalArgumentException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBException e) {
      if (Causes.find(e, EJBAccessException.class).isEmpty()) {
        throw e;
      }
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (lines == null) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST, "table: must be cohorts, over-time or trend");
      return;
    }
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"analytics-" + table + ".csv\"");
    PrintWriter out = response.getWriter();
    for (List<String> line : lines) {
      out.println(String.join(",", line.stream().map(CsvCell::quoted).toList()));
    }
  }

  private static UUID cohort(String id) {
    return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
  }

  private List<List<String>> cohorts(ResourceBundle msg) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(
        List.of(
            "cohort",
            "pairings",
            "sessionsPlanned",
            "sessionsHeld",
            "answersDue",
            "answersGiven",
            "quietPairings",
            "withdrawals",
            "repairRequests",
            "answers",
            "spokeOpenly",
            "feltHeard",
            "wouldRecommend",
            "seniorRating",
            "juniorRating"));
    for (CohortFigures figures : analytics.cohorts()) {
      AnalyticsRows.Row r = AnalyticsRows.of(figures, msg);
      lines.add(
          List.of(
              r.name(),
              Long.toString(r.pairings()),
              Long.toString(r.sessionsPlanned()),
              Long.toString(r.sessionsHeld()),
              Long.toString(r.answersDue()),
              Long.toString(r.answersGiven()),
              Long.toString(r.quietPairings()),
              Long.toString(r.withdrawals()),
              Long.toString(r.repairRequests()),
              r.answers(),
              r.spokeOpenly(),
              r.feltHeard(),
              r.wouldRecommend(),
              r.seniorRating(),
              r.juniorRating()));
    }
    return lines;
  }

  private static List<List<String>> overTime(List<PeriodCount> periods) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("period", "withdrawals", "repairRequests"));
    for (PeriodCount p : periods) {
      lines.add(
          List.of(p.period(), Long.toString(p.withdrawals()), Long.toString(p.repairRequests())));
    }
    return lines;
  }

  private static List<List<String>> trend(List<Figure> figures, ResourceBundle msg) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("group", "week", "answers", "spokeOpenly", "feltHeard", "wouldRecommend"));
    for (PulseRows.Row row : PulseRows.of(figures, msg)) {
      List<String> line = new ArrayList<>(List.of(row.group(), row.week(), row.answers()));
      if (row.suppressed()) {
        line.addAll(List.of(row.answers(), row.answers(), row.answers()));
      } else {
        line.addAll(row.means());
      }
      lines.add(line);
    }
    return lines;
  }
}
