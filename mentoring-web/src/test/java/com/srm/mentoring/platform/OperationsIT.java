package com.srm.mentoring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.PostgresServer;
import com.srm.mentoring.testsupport.SharedApplication;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operations and people see from outside: health, pages, and a database outage. */
@ExtendWith(SharedApplication.class)
class OperationsIT {

  @ApplicationUrl URL base;

  @Test
  void readyAndLiveWhileTheDatabaseAnswers() throws Exception {
    HttpResponse<String> ready = get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"name\":\"database\""), ready.body());
    assertEquals(200, get("/health/live").statusCode());
  }

  @Test
  void homePageTellsWhatTheProgramIs() throws Exception {
    HttpResponse<String> home = get("");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("<h1>Reverse mentoring, safely</h1>"), home.body());
    assertTrue(home.body().contains("id=\"active-cohorts\""));
  }

  @Test
  void homePageSpeaksGermanWhenAskedTo() throws Exception {
    HttpResponse<String> home =
        HttpProbe.send(HttpRequest.newBuilder(at("")).header("Accept-Language", "de"));
    assertTrue(home.body().contains("<h1>Reverse Mentoring, sicher gestaltet</h1>"), home.body());
  }

  @Test
  void unknownPageAnswersTheNotFoundPage() throws Exception {
    HttpResponse<String> missing = get("no-such-page.xhtml");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("<h1>Not found</h1>"), missing.body());
  }

  @Test
  void templatesAreNotServed() throws Exception {
    HttpResponse<String> template = get("WEB-INF/templates/layout.xhtml");
    assertFalse(template.body().contains("ui:insert"), template.body());
  }

  @Test
  void apiIsDescribedByOpenApi() throws Exception {
    HttpResponse<String> openapi = get("/openapi");
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("Safe Reverse Mentoring API"), openapi.body());
  }

  @Test
  void metricsAreServed() throws Exception {
    HttpResponse<String> metrics = get("/metrics");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("jvm_uptime"), metrics.body());
  }

  @Test
  void expiredPageAsksToOpenItAgain() throws Exception {
    HttpResponse<String> expired =
        HttpProbe.send(
            HttpRequest.newBuilder(at("index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=stale")));
    assertTrue(expired.body().contains("<h1>Page expired</h1>"), expired.body());
    assertFalse(expired.body().contains("ViewExpiredException:"), expired.body());
  }

  @Test
  void databaseOutageIsReportedAndTheApplicationRecovers() throws Exception {
    PostgresServer postgres = IntegrationEnvironment.postgres();
    postgres.stop();
    try {
      HttpResponse<String> ready = get("/health/ready");
      assertEquals(503, ready.statusCode(), ready.body());
      assertTrue(ready.body().contains("\"status\":\"DOWN\""), ready.body());

      HttpResponse<String> home = get("");
      assertEquals(503, home.statusCode());
      assertTrue(home.body().contains("<h1>Temporarily unavailable</h1>"), home.body());
      assertFalse(home.body().contains("SQLException"), home.body());
      assertFalse(home.body().contains("Caused by"), home.body());
    } finally {
      postgres.start();
    }
    int status =
        HttpProbe.awaitStatus(at("/health/ready"), 200, Duration.ofSeconds(60), () -> {})
            .map(HttpResponse::statusCode)
            .orElse(-1);
    assertEquals(200, status);
    assertEquals(200, get("").statusCode());

    // the timers run on too: a new cohort's micro-question answers are released
    PulseProgram program = new PulseProgram(new Api(base));
    UUID cohort = program.cohort(3, "farid");
    String[][] pairs = {{"jun", "victor"}, {"mia", "fiona"}, {"ken", "olga"}};
    for (String[] pair : pairs) {
      UUID pairing = program.pairing(cohort, pair[0], pair[1], "farid");
      UUID session = program.heldSession(pairing, Duration.ofHours(1), pair);
      for (String person : pair) {
        HttpResponse<String> given =
            new Api(base)
                .post(
                    "sessions/" + session + "/answers",
                    program.token(person),
                    PulseProgram.answer(4, 4, 4));
        assertEquals(201, given.statusCode(), given.body());
      }
    }
    PulseProgram.awaitRelease(cohort);
    IntegrationEnvironment.restartApplication();
  }

  /**
   * A path relative to the application ({@code "x.xhtml"}) or to the server ({@code "/health"}).
   */
  private URI at(String path) {
    return URI.create(base.toExternalForm()).resolve(path);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpProbe.get(at(path));
  }
}
