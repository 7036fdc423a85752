package com.srm.mentoring.analytics.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.analytics.rest.AnalyticsIT;
import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** HR's dashboard in a real browser signed in through Keycloak: charts and their tables. */
@ExtendWith(SharedApplication.class)
class AnalyticsBrowserIT {

  @ApplicationUrl URL base;

  @Test
  void hanaSeesTheChartsAndTheTablesBesideThem() throws Exception {
    PulseProgram program = new PulseProgram(new Api(base));
    AnalyticsIT.Known known = AnalyticsIT.known(program);
    program.token("hana");
    String name = "Pulse " + known.followed();

    try (Browser hana = Browser.open()) {
      hana.go(base + "hr/analytics.xhtml");
      hana.signInAs("hana");
      assertEquals("Program dashboard", hana.find(By.tagName("h1")).getText());
      hana.find(By.id("nav-analytics"));

      // the cohort is chosen with the keyboard alone: type into the list, then Enter on the button
      hana.find(By.id("cohort")).sendKeys(name);
      hana.find(By.id("show")).sendKeys(Keys.ENTER);
      assertTrue(
          hana.currentUrl().contains("cohort=" + known.followed()), "chosen: " + hana.currentUrl());

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
      assertTrue(hana.consoleErrors().isEmpty(), hana.consoleErrors().toString());

      Path shot = hana.screenshot(Path.of("target", "screenshots", "analytics-dashboard.png"));
      assertTrue(Files.size(shot) > 0, "a screenshot was written to " + shot);
    }
  }
}
