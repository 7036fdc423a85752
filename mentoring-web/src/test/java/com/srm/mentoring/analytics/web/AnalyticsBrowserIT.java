package com.srm.mentoring.analytics.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.analytics.rest.AnalyticsIT;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** HR's dashboard in a real browser signed in through Keycloak: charts and their tables. */
@ExtendWith(SharedApplication.class)
class AnalyticsBrowserIT {

  @ApplicationUrl URL base;

  @Test
  void hanaSeesTheChartsAndTheTablesBesideThem() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    AnalyticsIT.Known known = AnalyticsIT.known(api, program);
    program.token("hana");
    String name = "Pulse " + known.followed();

    try (Browser hana = Browser.open()) {
      hana.go(base + "hr/analytics.xhtml");
      hana.signInAs("hana");
      assertEquals("Program dashboard", hana.find(By.tagName("h1")).getText());
      hana.find(By.id("nav-analytics"));

      // a plain list and a button: chosen, then sent with Enter from the keyboard
      new Select(hana.find(By.id("cohort"))).selectByValue(known.followed().toString());
      hana.find(By.id("show")).sendKeys(Keys.ENTER);
      assertTrue(
          hana.find(By.id("endings-heading")).getText().contains(name),
          known + " chosen, shown: " + hana.currentUrl());
      String participation = hana.find(By.id("participation")).getText();
      assertTrue(participation.contains(name + " 4 4 3 5 3 1 1 2"), participation);
      assertTrue(participation.contains("All cohorts"), participation);
      String attainment = hana.find(By.id("attainment")).getText();
      assertTrue(attainment.contains(name + " 4.00 (3) 3.67 (3) fewer than 3 people"), attainment);
      String endings = hana.find(By.id("endings")).getText();
      assertTrue(endings.contains("2026-10 1 1"), endings);
      assertTrue(endings.contains("2026-11 0 1"), endings);

      hana.find(By.id("participation-chart"));
      hana.find(By.id("endings-chart"));
      Object canvases =
          hana.script(
              "return document.querySelectorAll('#participation-chart canvas,"
                  + " #endings-chart canvas').length");
      assertEquals(2L, canvases, "both bar charts drew a canvas");
      assertFalse(hana.pageSource().contains("id=\"trend-chart\""), "two answers: no trend");
      assertTrue(hana.find(By.id("no-trend")).getText().contains("fewer than 3"));
      List<String> refused =
          hana.consoleErrors().stream()
              .filter(e -> e.contains("Content Security Policy") || e.contains("Uncaught"))
              .toList();
      assertEquals(List.of(), refused, "no script was refused by the policy or failed");

      Path shot = hana.screenshot(Path.of("target", "screenshots", "analytics-dashboard.png"));
      assertTrue(Files.size(shot) > 0, "a screenshot was written to " + shot);

      // the CSV holds the table's numbers
      HttpResponse<String> csv =
          HttpProbe.send(
              HttpRequest.newBuilder(URI.create(base + "hr/analytics.csv?table=cohorts"))
                  .header("Cookie", hana.sessionCookie()));
      assertEquals(200, csv.statusCode(), csv.body());
      assertTrue(
          csv.body().contains("\"" + name + "\",\"4\",\"4\",\"3\",\"5\",\"3\",\"1\",\"1\",\"2\","),
          csv.body());
    }
  }

  @Test
  void aFacilitatorSeesOnlyTheirCohortAndAnEmployeeNoDashboard() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    AnalyticsIT.Known known = AnalyticsIT.known(api, program);
    program.token("farid");
    try (Browser farid = Browser.open();
        Browser jun = Browser.open()) {
      farid.go(base + "hr/analytics.xhtml?cohort=" + known.followed());
      farid.signInAs("farid");
      assertEquals(200, farid.status());
      assertTrue(
          farid.find(By.id("participation")).getText().contains("Pulse " + known.followed()));
      assertFalse(farid.pageSource().contains(known.other().toString()), "not farid's cohort");
      farid.go(base + "hr/analytics.xhtml?cohort=" + known.other());
      assertEquals(404, farid.status(), "another cohort's dashboard does not exist for farid");

      jun.go(base + "hr/analytics.xhtml");
      jun.signInAs("jun");
      assertEquals(404, jun.status(), "the dashboard does not exist for jun");
    }
  }
}
