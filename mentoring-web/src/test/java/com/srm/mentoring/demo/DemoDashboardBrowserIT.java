package com.srm.mentoring.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.support.ui.Select;

/**
 * What a newcomer sees who signs in as {@code hana} on the seeded demo program: a dashboard with
 * its charts drawn and the same numbers in tables, without making any data first.
 */
@ExtendWith({SharedApplication.class, DemoProgramSeeded.class})
class DemoDashboardBrowserIT {

  @ApplicationUrl URL base;

  @Test
  void hanaSeesTheDemoProgramsChartsAndTablesAtOnce() throws Exception {
    try (Browser hana = Browser.open()) {
      hana.go(base + "hr/analytics.xhtml");
      hana.signInAs("hana");
      assertEquals("Program dashboard", hana.find(By.tagName("h1")).getText());
      String participation = hana.find(By.id("participation")).getText();
      assertTrue(participation.contains(DemoProgram.PILOT), participation);
      assertTrue(participation.contains(DemoProgram.CURRENT), participation);

      new Select(hana.find(By.id("cohort"))).selectByVisibleText(DemoProgram.CURRENT);
      hana.find(By.id("show")).sendKeys(Keys.ENTER);
      assertTrue(
          hana.textOnceItHolds(By.id("endings-heading"), DemoProgram.CURRENT)
              .contains(DemoProgram.CURRENT));
      hana.find(By.id("trend-chart"));
      Object canvases =
          hana.script(
              "return document.querySelectorAll('#participation-chart canvas,"
                  + " #endings-chart canvas, #trend-chart canvas').length");
      assertEquals(3L, canvases, "participation, endings and the trend are drawn");
      long shownWeeks =
          hana.findAll(By.cssSelector("#trend tbody tr.shown")).stream()
              .map(row -> row.getText())
              .filter(text -> text.contains("-W"))
              .count();
      assertTrue(shownWeeks >= 4, "the trend's table shows weeks of answers: " + shownWeeks);

      Path shot = hana.screenshot(Path.of("target", "screenshots", "demo-dashboard.png"));
      assertTrue(Files.size(shot) > 0, "a screenshot was written to " + shot);
    }
  }
}
