package com.srm.mentoring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The corporate portal's pages, served from another origin, call the API: the test run's
 * application lets the example portal's origin in ({@code mentoring.http.cors-origins}), and no
 * other.
 */
@ExtendWith(SharedApplication.class)
class CrossOriginIT {

  @ApplicationUrl URL base;

  private final String portal = IntegrationEnvironment.portalOrigin();

  @Test
  void thePortalsPreflightIsAnsweredWithoutAToken() throws Exception {
    HttpResponse<String> preflight = preflight(portal, "charter/signatures", "POST");

    assertEquals(204, preflight.statusCode(), preflight.body());
    assertEquals(Optional.of(portal), header(preflight, "Access-Control-Allow-Origin"));
    assertTrue(
        header(preflight, "Access-Control-Allow-Methods").orElse("").contains("POST"),
        preflight.headers().map().toString());
    assertEquals(
        Optional.of("Authorization, Content-Type"),
        header(preflight, "Access-Control-Allow-Headers"));
    assertTrue(header(preflight, "Access-Control-Max-Age").isPresent());
    assertTrue(preflight.headers().allValues("Vary").contains("Origin"));
    // bearer tokens, never the session cookie
    assertEquals(Optional.empty(), header(preflight, "Access-Control-Allow-Credentials"));
  }

  @Test
  void thePortalReadsTheAnswersAndTheRefusals() throws Exception {
    String token = Tokens.of(NewPeople.create("cors", "employee"));

    HttpResponse<String> status = get("me/status", portal, token);
    assertEquals(200, status.statusCode(), status.body());
    assertEquals(Optional.of(portal), header(status, "Access-Control-Allow-Origin"));
    assertTrue(status.headers().allValues("Vary").contains("Origin"));

    // an expired or missing token: the portal's page learns it must sign in again
    HttpResponse<String> unsigned = get("me/status", portal, null);
    assertEquals(401, unsigned.statusCode());
    assertEquals(Optional.of(portal), header(unsigned, "Access-Control-Allow-Origin"));
  }

  @Test
  void anyOtherOriginGetsNoCorsHeaderAtAll() throws Exception {
    String stranger = "http://127.0.0.1:1";
    String token = Tokens.of(NewPeople.create("cors", "employee"));

    HttpResponse<String> preflight = preflight(stranger, "charter/signatures", "POST");
    assertEquals(List.of(), corsHeaders(preflight), preflight.headers().map().toString());

    HttpResponse<String> status = get("me/status", stranger, token);
    assertEquals(200, status.statusCode(), status.body());
    assertEquals(List.of(), corsHeaders(status), status.headers().map().toString());

    // the application's own pages call it from its own origin, which needs no CORS either
    HttpResponse<String> own = get("me/status", base.toExternalForm().replaceAll("/$", ""), token);
    assertEquals(List.of(), corsHeaders(own), own.headers().map().toString());
  }

  private HttpResponse<String> preflight(String origin, String path, String method)
      throws Exception {
    return HttpProbe.send(
        HttpRequest.newBuilder(api(path))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", method)
            .header("Access-Control-Request-Headers", "authorization,content-type")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
  }

  private HttpResponse<String> get(String path, String origin, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(api(path)).header("Origin", origin);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpProbe.send(request.GET());
  }

  private URI api(String path) {
    return URI.create(base.toExternalForm()).resolve("api/" + path);
  }

  private static Optional<String> header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name);
  }

  private static List<String> corsHeaders(HttpResponse<?> response) {
    return response.headers().map().keySet().stream()
        .filter(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-"))
        .toList();
  }
}
