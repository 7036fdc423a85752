package com.srm.mentoring.escalation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.escalation.rest.ConcernTestProgram;
import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A concern in headless Chromium against the real Keycloak: jun raises one excluding farid; erin
 * reads it, adds a note and moves it on; farid and hana never see it, not even as a count; audrey
 * sees only that it was read, in the access log.
 */
@ExtendWith(SharedApplication.class)
class ConcernBrowserIT {

  @ApplicationUrl URL base;

  @Test
  void aConcernReachesOnlyItsReaders() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID cohort = program.cohort("farid", "erin");
    UUID pairing = program.pairing(cohort, "jun", "lena");
    for (String person : new String[] {"jun", "erin", "farid", "hana", "audrey"}) {
      program.token(person); // known to the application and signed the charter in force
    }
    String marker = "Unsafe " + UUID.randomUUID();
    String id;

    try (Browser jun = Browser.open()) {
      jun.go(base + "escalation/concerns.xhtml");
      jun.signInAs("jun");
      assertFalse(
          jun.findAll(By.id("raise:pairing")).isEmpty(),
          () -> "the form to raise a concern: " + jun.currentUrl() + "\n" + jun.pageSource());
      new Select(jun.find(By.id("raise:pairing"))).selectByValue(pairing.toString());
      jun.find(By.id("raise:title")).sendKeys(marker);
      jun.find(By.id("raise:description")).sendKeys("My mentee talks over me in every session.");
      assertTrue(
          jun.textOnceItHolds(By.id("raise:readers"), "Farid").contains("Farid"),
          "the readers are named before sending");
      jun.find(By.cssSelector("input[name='raise:excluded'][value='farid']")).click();
      assertFalse(
          jun.textOnceItHolds(By.id("raise:readers"), text -> !text.contains("Farid"))
              .contains("Farid"),
          "excluding farid takes him off the readers named");
      jun.find(By.id("raise:submit")).click();
      assertEquals(marker, jun.textOnceItHolds(By.id("concern-title"), marker));
      assertTrue(
          jun.find(By.id("concern-state")).getText().startsWith("Step 2"),
          "step 1's only owner is excluded, so it is skipped");
      assertTrue(jun.find(By.id("notes")).getText().contains("Step 1 was skipped"));
      id = jun.currentUrl().replaceAll(".*id=", "");
    }

    try (Browser erin = Browser.open()) {
      erin.go(base + "escalation/concerns.xhtml");
      erin.signInAs("erin");
      erin.go(base + "index.xhtml");
      String notice = erin.find(By.id("concerns-need-you")).getText();
      assertTrue(notice.matches("(A concern needs|\\d+ concerns need) you\\."), notice);
      erin.find(By.cssSelector("#concerns-need-you a")).click();
      erin.find(By.linkText(marker)).click();
      // its readers see who raised it, about which pairing in which cohort, people by name
      assertEquals("Jun Takahashi", erin.find(By.id("concern-reporter")).getText());
      assertEquals("Jun Takahashi / Lena Brandt", erin.find(By.id("concern-pairing")).getText());
      assertEquals(cohortName(cohort), erin.find(By.id("concern-cohort")).getText());
      assertEquals("Erin Walsh", erin.find(By.id("concern-owner")).getText());
      // times as people write them, never as a machine stores them
      String deadline = erin.find(By.id("concern-deadline")).getText();
      assertTrue(
          deadline.endsWith(" UTC") && !deadline.matches(".*\\d{4}-\\d{2}-\\d{2}T.*"), deadline);
      // and the path so far: raised, step 1 skipped, step 2 with erin
      List<String> path =
          erin.findAll(By.cssSelector("#history li")).stream().map(WebElement::getText).toList();
      assertTrue(
          path.stream().anyMatch(step -> step.contains("Step 2") && step.contains("Erin Walsh")),
          path.toString());
      erin.find(By.id("act:note")).sendKeys("Spoke to jun, meeting both on Monday.");
      erin.find(By.id("act:add-note")).click();
      assertTrue(
          erin.textOnceItHolds(By.id("notes"), "meeting both on Monday")
              .contains("meeting both on Monday"));
      new Select(erin.find(By.id("act:to"))).selectByValue("STEP_3");
      erin.find(By.id("act:note")).sendKeys("Re-pair asked for");
      erin.find(By.id("act:move")).click();
      assertTrue(erin.textOnceItHolds(By.id("concern-state"), "Step 3").startsWith("Step 3"));

      erin.find(By.id("act:note")).sendKeys("Only for you, jun: HR will pause it.");
      erin.find(By.id("act:to-reporter")).click();
      erin.find(By.id("act:add-note")).click();
      String alone = "(to the reporter alone): Only for you, jun: HR will pause it.";
      assertTrue(erin.textOnceItHolds(By.id("notes"), alone).contains(alone));
      new Select(erin.find(By.id("adjust:kind"))).selectByValue("PAUSE");
      erin.find(By.id("adjust:reason")).sendKeys(marker);
      erin.find(By.id("adjust:ask")).click();
      assertTrue(
          erin.textOnceItHolds(By.id("messages"), "must not repeat the concern")
              .contains("must not repeat the concern"),
          "a reason repeating the concern is refused");
      erin.find(By.id("adjust:reason")).clear();
      erin.find(By.id("adjust:reason")).sendKeys("Two weeks apart, then meet with the facilitator");
      erin.find(By.id("adjust:ask")).click();
      assertTrue(
          erin.textOnceItHolds(By.id("adjustment-asked"), "asked for").contains("asked for"));
      assertTrue(erin.showsNo(By.id("adjust:ask")), "one request at a time");
    }

    try (Browser hana = Browser.open()) {
      hana.go(base + "program/pairing.xhtml?id=" + pairing);
      hana.signInAs("hana");
      hana.go(base + "program/pairing.xhtml?id=" + pairing);
      String request = hana.find(By.cssSelector(".adjustment-request")).getText();
      assertTrue(request.startsWith("Pause"), request);
      assertTrue(request.contains("Two weeks apart, then meet with the facilitator"), request);
      assertFalse(hana.pageSource().contains(marker), "HR sees the request, never the concern");
      hana.find(By.cssSelector(".adjustment input[type=text]")).sendKeys("Paused until the 15th");
      hana.find(By.cssSelector(".adjustment button")).click();
      assertTrue(
          hana.find(By.cssSelector(".adjustment-done"))
              .getText()
              .contains("Paused until the 15th"));
    }

    try (Browser jun = Browser.open()) {
      jun.go(base + "escalation/concern.xhtml?id=" + id);
      jun.signInAs("jun");
      jun.go(base + "escalation/concern.xhtml?id=" + id);
      assertTrue(
          jun.find(By.id("notes")).getText().contains("Only for you, jun: HR will pause it."),
          "the reporter reads the note addressed to him");
      assertTrue(
          jun.find(By.id("concern-state")).getText().startsWith("Resolved"),
          "HR carried out the adjustment: the concern is resolved");
    }

    for (String outsider : new String[] {"farid", "hana"}) {
      try (Browser browser = Browser.open()) {
        browser.go(base + "escalation/concerns.xhtml");
        browser.signInAs(outsider);
        String count = browser.find(By.id("concern-count")).getText();
        assertFalse(browser.pageSource().contains(marker), outsider + " does not see it listed");
        if (outsider.equals("hana")) {
          assertEquals("You may read no concerns.", count, "not even as a count");
        }
        browser.go(base + "escalation/concern.xhtml?id=" + id);
        assertFalse(browser.pageSource().contains(marker), outsider + " cannot open it");
        assertTrue(browser.showsNo(By.id("concern-title")));
      }
    }

    try (Browser audrey = Browser.open()) {
      audrey.go(base + "audit/log.xhtml?recordType=concern&recordId=" + id);
      audrey.signInAs("audrey");
      String log = audrey.pageSource();
      assertTrue(log.contains(id), "audrey sees that the concern was accessed");
      assertTrue(log.toLowerCase().contains("denied"), "and the refusals");
      assertFalse(log.contains(marker), "never its content");
    }
  }

  private static String cohortName(UUID cohort) throws Exception {
    try (var connection = PulseProgram.database().getConnection();
        var query = connection.prepareStatement("SELECT name FROM cohort WHERE id = ?")) {
      query.setObject(1, cohort);
      try (var rows = query.executeQuery()) {
        assertTrue(rows.next(), "cohort " + cohort);
        return rows.getString(1);
      }
    }
  }
}
