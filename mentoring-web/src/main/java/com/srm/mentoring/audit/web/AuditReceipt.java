package com.srm.mentoring.audit.web;

import com.srm.mentoring.audit.boundary.Audits;
import com.srm.mentoring.audit.entity.Anchor;
import com.srm.mentoring.audit.rest.AuditResource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The receipt behind the auditor's page: the newest anchor of the access log, as a file to keep.
 * Verifying the log against it later shows whether the log still holds what it held now.
 */
@WebServlet("/audit/receipt.txt")
public class AuditReceipt extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Audits audits;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Anchor> newest = audits.receipt();
    if (newest.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/plain");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + AuditResource.RECEIPT_FILE + "\"");
    response.getWriter().print(newest.get().line() + "\n");
  }
}
