package com.srm.mentoring.pulse.web;

import com.srm.mentoring.platform.control.Causes;
import com.srm.mentoring.platform.entity.CsvCell;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.pulse.boundary.PulseFigures;
import com.srm.mentoring.pulse.entity.CohortPulse;
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
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * The figures of a cohort page, or of HR's page across cohorts, as CSV: the same rows as its table.
 * A suppressed row says so in every number column, so that no spreadsheet reads it as 0.
 */
@WebServlet({"/pulse/cohort.csv", "/pulse/across.csv"})
public class PulseExport extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PulseFigures figures;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CohortPulse pulse;
    try {
      pulse =
          "/pulse/across.csv".equals(request.getServletPath())
              ? figures.acrossCohorts()
              : figures.ofCohort(UUID.fromString(String.valueOf(request.getParameter("cohort"))));
    } catch (Refusal | IllegalArgumentException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBException e) {
      // across cohorts is HR's only: a refusal (logged by the boundary) looks like "not found"
      if (Causes.find(e, EJBAccessException.class).isEmpty()) {
        throw e;
      }
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ResourceBundle msg =
        ResourceBundle.getBundle("com.srm.mentoring.i18n.messages", request.getLocale());
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"pulse.csv\"");
    PrintWriter out = response.getWriter();
    out.println(
        String.join(",", "group", "week", "answers", "spokeOpenly", "feltHeard", "wouldRecommend"));
    for (PulseRows.Row row : PulseRows.of(pulse.figures(), msg)) {
      if (row.suppressed()) {
        String note = CsvCell.quoted(row.answers());
        out.println(
            String.join(",", CsvCell.quoted(row.group()), row.week(), note, note, note, note));
      } else {
        out.println(
            String.join(
                ",",
                CsvCell.quoted(row.group()),
                row.week(),
                row.answers(),
                String.join(",", row.means())));
      }
    }
  }
}
