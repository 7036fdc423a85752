package com.srm.mentoring.pulse.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The micro-questions in the browser, signed in through the real Keycloak. */
@ExtendWith(SharedApplication.class)
class PulseBrowserIT {

  static final String[] MENTORS = {"victor", "fiona", "olga", "pat", "sam"};
  static final String[] MENTEES = {"jun", "mia", "nora", "ravi", "ken"};

  @ApplicationUrl URL base;

  @Test
  void junAnswersFromHisHomePageAndHanaSeesTheTrendOnceEnoughAnswered() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = program.cohort(5, "farid");
    UUID[] sessions = new UUID[MENTORS.length];
    UUID[] pairings = new UUID[MENTORS.length];
    for (int p = 0; p < MENTORS.length; p++) {
      pairings[p] = program.pairing(cohort, MENTORS[p], MENTEES[p], "farid");
      sessions[p] =
          program.heldSession(pairings[p], Duration.ofMinutes(30), MENTORS[p], MENTEES[p]);
    }
    program.token("hana");

    try (Browser jun = Browser.open();
        Browser hana = Browser.open()) {
      jun.go(base + "me.xhtml");
      jun.signInAs("jun");
      assertEquals("My profile", jun.find(By.tagName("h1")).getText(), "back from Keycloak");
      // jun may also have questions waiting from other tests: answer until this session's are
      String about = "";
      for (int attempts = 0; attempts < 10; attempts++) {
        jun.go(base + "index.xhtml");
        if (jun.findAll(By.id("pulse-about")).isEmpty()) {
          throw new AssertionError("no questions on the home page: " + jun.pageSource());
        }
        String session = jun.find(By.id("pulse-about")).getAttribute("data-session");
        jun.find(By.cssSelector("label[for='pulse-form:spokeOpenly:3']")).click();
        jun.find(By.cssSelector("label[for='pulse-form:feltHeard:4']")).click();
        jun.find(By.cssSelector("label[for='pulse-form:wouldRecommend:3']")).click();
        jun.find(By.id("pulse-form:answer")).click();
        if (jun.findAll(By.id("messages")).isEmpty()) {
          throw new AssertionError("no message after answering: " + jun.pageSource());
        }
        assertEquals(
            "Thank you. Your answer is stored without your name.",
            jun.find(By.id("messages")).getText());
        if (session.equals(sessions[0].toString())) {
          about = session;
          break;
        }
      }
      assertEquals(sessions[0].toString(), about, "jun answered this session from his home page");
      assertEquals(
          1,
          PulseProgram.count(
              "SELECT count(*) FROM pulse_participation WHERE session_id = ?", sessions[0]));
      assertFalse(
          jun.pageSource().contains(sessions[0].toString()), "the session is no longer asked");

      hana.go(base + "pulse/cohort.xhtml?cohort=" + cohort);
      hana.signInAs("hana");
      assertEquals("Pulse of a cohort", hana.find(By.tagName("h1")).getText());
      assertTrue(
          hana.find(By.id("no-trend")).getText().contains("fewer than 5 answers"),
          hana.find(By.id("no-trend")).getText());
      assertFalse(hana.pageSource().contains("<canvas"), "no chart over too few answers");

      for (int p = 0; p < MENTORS.length; p++) {
        for (String person : new String[] {MENTORS[p], MENTEES[p]}) {
          if (p == 0 && person.equals("jun")) {
            continue;
          }
          HttpResponse<String> given =
              api.post(
                  "sessions/" + sessions[p] + "/answers",
                  program.token(person),
                  PulseProgram.answer(4, 4, 5));
          assertEquals(201, given.statusCode(), person + ": " + given.body());
        }
      }
      PulseProgram.awaitRelease(cohort);

      hana.go(base + "pulse/cohort.xhtml?cohort=" + cohort);
      String table = hana.find(By.id("figures")).getText();
      String page = hana.pageSource();
      assertTrue(page.contains("<canvas"), "the trend chart");
      assertFalse(page.contains("id=\"no-trend\""), "the trend chart replaces the notice");
      assertTrue(table.contains("Everyone all weeks 10"), table);
      assertFalse(page.contains("id=\"unanswered\""), "hana does not facilitate it");

      // jun reaches his cohort's figures from his pairing
      jun.go(base + "program/pairing.xhtml?id=" + pairings[0]);
      jun.find(By.id("cohort-pulse")).sendKeys(Keys.ENTER);
      assertTrue(
          jun.textOnceItHolds(By.id("figures"), "Everyone all weeks")
              .contains("Everyone all weeks"));
      assertEquals("Pulse of a cohort", jun.textOnceItHolds(By.tagName("h1"), "Pulse of a cohort"));

      // HR's view across cohorts, reached from the cohorts list by keyboard
      hana.go(base + "pulse/cohorts.xhtml");
      hana.find(By.id("across")).sendKeys(Keys.ENTER);
      String across = hana.find(By.id("figures")).getText();
      assertEquals(
          "Pulse across all cohorts",
          hana.textOnceItHolds(By.tagName("h1"), "Pulse across all cohorts"));
      assertTrue(
          hana.consoleErrors().stream().noneMatch(e -> e.contains("Content Security Policy")),
          "the chart runs under the page's CSP");
      // other tests add answers and stricter cohorts, so the row holds at least these 10 answers
      // or says it is suppressed; never 0
      Matcher everyone =
          Pattern.compile("Everyone all weeks (\\d+|fewer than \\d+ answers)").matcher(across);
      assertTrue(everyone.find(), across);
      String cell = everyone.group(1);
      assertTrue(cell.startsWith("fewer than") || Integer.parseInt(cell) >= 10, "answers: " + cell);
      HttpResponse<String> acrossCsv =
          HttpProbe.send(
              HttpRequest.newBuilder(URI.create(base + "pulse/across.csv"))
                  .header("Cookie", hana.sessionCookie()));
      assertEquals(200, acrossCsv.statusCode(), acrossCsv.body());
      assertTrue(acrossCsv.body().contains("\"Everyone\",all weeks,"), acrossCsv.body());
      assertEquals(
          404,
          HttpProbe.send(
                  HttpRequest.newBuilder(URI.create(base + "pulse/across.csv"))
                      .header("Cookie", jun.sessionCookie()))
              .statusCode(),
          "across cohorts is HR's only");
      jun.go(base + "pulse/across.xhtml");
      assertEquals(404, jun.status(), "the page across cohorts does not exist for jun");

      // the CSV holds the table's numbers, and the cohort's own k still applies
      HttpResponse<String> csv =
          HttpProbe.send(
              HttpRequest.newBuilder(URI.create(base + "pulse/cohort.csv?cohort=" + cohort))
                  .header("Cookie", hana.sessionCookie()));
      assertEquals(200, csv.statusCode(), csv.body());
      assertTrue(csv.body().contains("\"Everyone\",all weeks,10,"), csv.body());
      PulseProgram.update("UPDATE cohort SET anonymity_threshold = 6 WHERE id = ?", cohort);
      String stricter =
          HttpProbe.send(
                  HttpRequest.newBuilder(URI.create(base + "pulse/cohort.csv?cohort=" + cohort))
                      .header("Cookie", hana.sessionCookie()))
              .body();
      assertTrue(
          stricter.contains(
              "\"Mentees\",all weeks,\"fewer than 6 answers\",\"fewer than 6 answers\""),
          stricter);
    }
  }
}
