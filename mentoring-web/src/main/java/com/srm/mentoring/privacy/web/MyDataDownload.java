package com.srm.mentoring.privacy.web;

import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.platform.rest.Languages;
import com.srm.mentoring.privacy.boundary.DataRequests;
import com.srm.mentoring.privacy.entity.PersonalData;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * The downloads of the "My data" page, for a person signed in to the pages (the REST API takes a
 * bearer token instead): the same record as {@code GET /api/me/export}, as JSON or PDF.
 */
@WebServlet({MyDataDownload.JSON, MyDataDownload.PDF})
public class MyDataDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String JSON = "/privacy/my-data.json";
  static final String PDF = "/privacy/my-data.pdf";

  /** Thread-safe, and costly to build: one for the servlet's life. */
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject transient DataRequests requests;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PersonalData data;
    try {
      data = requests.mine();
    } catch (Refusal refused) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body;
    if (PDF.equals(request.getServletPath())) {
      body =
          PersonalDataPdf.render(data, Languages.preferred(Collections.list(request.getLocales())));
      response.setContentType("application/pdf");
      response.setHeader("Content-Disposition", "attachment; filename=\"my-data.pdf\"");
    } else {
      body = JSONB.toJson(data).getBytes(StandardCharsets.UTF_8);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Content-Disposition", "attachment; filename=\"my-data.json\"");
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
