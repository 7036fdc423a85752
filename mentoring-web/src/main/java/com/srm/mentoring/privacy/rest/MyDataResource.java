package com.srm.mentoring.privacy.rest;

import com.srm.mentoring.platform.rest.ApiTags;
import com.srm.mentoring.platform.rest.Languages;
import com.srm.mentoring.privacy.boundary.DataRequests;
import com.srm.mentoring.privacy.entity.PersonalData;
import com.srm.mentoring.privacy.web.PersonalDataPdf;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own data on request (GDPR Art. 15): JSON by default, PDF for {@code Accept:
 * application/pdf} or {@code ?format=pdf}, always as a download. A root path longer than {@code
 * me}, so that JAX-RS picks it before the charter's {@code MeResource}.
 */
@Tag(name = ApiTags.DATA_REQUESTS, description = ApiTags.DATA_REQUESTS_TEXT)
@SecurityRequirement(name = ApiTags.BEARER)
@Path("me/export")
@RequestScoped
public class MyDataResource {

  public static final String PDF = "application/pdf";

  @Inject DataRequests requests;

  @Context HttpHeaders headers;

  @GET
  @Produces({MediaType.APPLICATION_JSON, PDF})
  @Operation(
      summary =
          "Everything the product holds about the caller: profile, signatures, pairings, sessions,"
              + " own notes, concerns raised, access-log entries; JSON, or PDF with"
              + " Accept: application/pdf or ?format=pdf")
  @APIResponse(
      responseCode = "200",
      description =
          "Everything held about the caller, as a download (Content-Disposition: attachment)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PersonalData.class)),
        @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response export(
      @Parameter(
              description =
                  "pdf for a PDF, json for JSON; else the Accept header decides (JSON by default)")
          @QueryParam("format")
          String format) {
    PersonalData data = requests.mine();
    if (wantsPdf(format)) {
      byte[] pdf =
          PersonalDataPdf.render(data, Languages.preferred(headers.getAcceptableLanguages()));
      return download(Response.ok(pdf, PDF), "pdf");
    }
    return download(Response.ok(data, MediaType.APPLICATION_JSON_TYPE), "json");
  }

  /** A format named in the query wins; else the first of the caller's media types we make. */
  private boolean wantsPdf(String format) {
    if (format != null) {
      return "pdf".equalsIgnoreCase(format.strip());
    }
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (type.isCompatible(MediaType.valueOf(PDF))) {
        return true;
      }
    }
    return false;
  }

  static Response download(Response.ResponseBuilder response, String extension) {
    return response
        .header("Content-Disposition", "attachment; filename=\"my-data." + extension + "\"")
        .build();
  }
}
