package com.srm.mentoring.audit.web;

import com.srm.mentoring.audit.boundary.Audits;
import com.srm.mentoring.audit.entity.LogFilter;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The CSV export behind the auditor's page: the page's filter, every matching entry, streamed to
 * the browser as it is read.
 */
@WebServlet("/audit/entries.csv")
public class AuditExport extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Audits audits;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    LogFilter filter;
    try {
      filter =
          LogFilter.parse(
              request.getParameter("actor"),
              request.getParameter("recordType"),
              request.getParameter("recordId"),
              request.getParameter("action"),
              request.getParameter("outcome"),
              request.getParameter("from"),
              request.getParameter("to"));
    } catch (Refusal refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("text/plain");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().println(refused.getMessage());
      return;
    }
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"access-log.csv\"");
    audits.export(filter, response.getWriter());
  }
}
