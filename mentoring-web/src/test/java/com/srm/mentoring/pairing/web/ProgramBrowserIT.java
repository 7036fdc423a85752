package com.srm.mentoring.pairing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The program's pages in headless Chromium against the real Keycloak: HR creates a cohort with its
 * facilitator and escalation contact and forms three pairings in the page, one through the
 * suggestion; the junior plans a session with the date-time picker and writes and shares an SBI
 * note; both add to the agenda; the senior states the objective; the facilitator sees the opening
 * script and marks the session held; the objective is then locked; someone outside the pairing gets
 * "not found".
 */
@ExtendWith(SharedApplication.class)
class ProgramBrowserIT {

  @ApplicationUrl URL base;

  /** As the date-time picker shows and takes a time. */
  static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** Signs the charter over REST first, so that sign-in leads straight to the page asked for. */
  void signed(String... people) throws Exception {
    for (String person : people) {
      CharterSigning.signCurrent(new Api(base), Tokens.of(person));
    }
  }

  /** Sets a person's topics over REST, as the portal does. */
  void topics(String person, String json) throws Exception {
    HttpResponse<String> set =
        HttpProbe.send(
            HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve("api/me/topics"))
                .header("Authorization", "Bearer " + Tokens.of(person))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    assertEquals(200, set.statusCode(), set.body());
  }

  /** Picks an entry of a PrimeFaces drop-down by its label, narrowing it with its filter first. */
  static void choose(Browser browser, String menu, String label) {
    browser.find(By.id(menu)).click();
    browser.find(By.id(menu + "_filter")).sendKeys(label);
    browser
        .find(By.xpath("//*[@id='" + menu + "_panel']//li[@data-label='" + label + "']"))
        .click();
  }

  /** Forms a pairing with the form on the cohort page, on which the browser stands. */
  static void form(Browser hana, String mentor, String mentee) {
    choose(hana, "form-pairing:mentor", mentor);
    choose(hana, "form-pairing:mentee", mentee);
    hana.find(By.id("form-pairing:form")).click();
    assertTrue(
        hana.find(By.id("messages")).getText().contains("pairing is formed"),
        hana.find(By.id("messages")).getText());
  }

  /** The id of the pairing in the cohort page's table whose row names both people. */
  static String pairingOf(Browser hana, String mentor, String mentee) {
    String link =
        hana.find(
                By.xpath(
                    "//*[@id='pairings']//tr[contains(., '"
                        + mentor
                        + "') and contains(., '"
                        + mentee
                        + "')]//a"))
            .getAttribute("href");
    return link.replaceAll(".*id=", "");
  }

  @Test
  void hrFormsAPairingTheSeniorStatesTheObjectiveTheFacilitatorHoldsTheSession() throws Exception {
    signed("hana", "farid", "erin", "jun", "sam", "ken", "fiona", "mia", "ravi", "victor");
    topics("fiona", "{\"wantsToLearn\": [\"ux\", \"hiring\"]}");
    topics("mia", "{\"offers\": [\"UX\"]}");
    String cohortName = "Browser pilot " + UUID.randomUUID().toString().substring(0, 8);
    String cohort;
    String pairing;
    try (Browser hana = Browser.open()) {
      hana.go(base + "program/cohorts.xhtml");
      hana.signInAs("hana");
      assertEquals("Cohorts", hana.find(By.tagName("h1")).getText());
      hana.find(By.id("new-cohort:name")).sendKeys(cohortName);
      // typed, as a keyboard user does; Escape closes the picker's calendar panel
      hana.find(By.id("new-cohort:startsOn_input")).sendKeys("2027-03-01", Keys.ESCAPE);
      hana.find(By.id("new-cohort:endsOn_input")).sendKeys("2027-06-30", Keys.ESCAPE);
      hana.find(By.xpath("//*[@id='new-cohort:facilitators']//label[contains(., 'Farid')]"))
          .click();
      hana.find(By.xpath("//*[@id='new-cohort:contacts']//label[contains(., 'Erin')]")).click();
      hana.find(By.id("new-cohort:create")).click();

      assertTrue(hana.find(By.tagName("h1")).getText().endsWith(cohortName));
      assertTrue(
          hana.textOnceItHolds(By.id("messages"), "created as a draft")
              .contains("created as a draft"));
      assertTrue(hana.find(By.id("contacts")).getText().contains("Erin"), "the contact is named");
      assertTrue(hana.find(By.id("facilitators")).getText().contains("Farid"));
      cohort = hana.currentUrl().replaceAll(".*id=", "");

      // one pairing through the suggestion: the optimal assignment, with the shared topic shown
      hana.find(By.xpath("//*[@id='suggest-form:seniors']//label[contains(., 'Fiona')]")).click();
      hana.find(By.xpath("//*[@id='suggest-form:juniors']//label[contains(., 'Mia')]")).click();
      hana.find(By.id("suggest-form:suggest")).click();
      String proposal = hana.find(By.id("suggest-form:proposals")).getText();
      assertTrue(proposal.contains("Mia") && proposal.contains("ux"), proposal);
      hana.find(By.xpath("//*[@id='suggest-form:proposals']//button")).click();
      assertTrue(
          hana.textOnceItHolds(By.id("messages"), "pairing is formed")
              .contains("pairing is formed"));
      assertTrue(hana.textOnceItHolds(By.id("pairings"), "Mia").contains("Mia"));

      // two more with the form: juniors of grade 3 outside their seniors' reporting lines
      form(hana, "Jun Takahashi (3)", "Sam Okafor (9)");
      form(hana, "Ravi Menon (3)", "Victor Ahlberg (10)");
      String pairings = hana.find(By.id("pairings")).getText();
      for (String person : new String[] {"Mia", "Fiona", "Jun", "Sam", "Ravi", "Victor"}) {
        assertTrue(pairings.contains(person), person + " is paired: " + pairings);
      }
      pairing = pairingOf(hana, "Jun Takahashi", "Sam Okafor");

      // by keyboard: Enter on a row's link in the table opens that pairing
      hana.find(By.xpath("//*[@id='pairings']//tr[contains(., 'Jun Takahashi')]//a"))
          .sendKeys(Keys.ENTER);
      assertTrue(hana.textOnceItHolds(By.id("mentee"), "Sam").contains("Sam"));
      assertTrue(hana.currentUrl().contains("id=" + pairing), hana.currentUrl());
    }
    JsonObject formed =
        Api.json(new Api(base).get("pairings/" + pairing, Tokens.of("hana"))).asJsonObject();
    assertEquals(cohort, formed.getString("cohortId"), "formed in the cohort of the page");

    // the junior plans the session with the picker, three days ahead at ten (UTC)
    String startsAt = LocalDate.now(ZoneOffset.UTC).plusDays(3).atTime(10, 0).format(MINUTES);
    String session;
    try (Browser jun = Browser.open()) {
      jun.go(base + "program/pairing.xhtml?id=" + pairing);
      jun.signInAs("jun");
      assertTrue(jun.find(By.id("mentee")).getText().contains("Sam"), jun.pageSource());
      jun.find(By.id("plan-form:startsAt_input")).sendKeys(startsAt, Keys.ESCAPE);
      jun.find(By.id("plan-form:place")).sendKeys("Room 4.12");
      jun.find(By.id("plan-form:plan")).click();
      assertTrue(
          jun.textOnceItHolds(By.id("messages"), "session is planned")
              .contains("session is planned"));
      String planned = jun.find(By.id("sessions")).getText();
      assertTrue(planned.contains(startsAt + " UTC") && planned.contains("Room 4.12"), planned);
      jun.find(By.xpath("//*[@id='sessions']//a")).click();
      assertEquals(startsAt + " UTC", jun.textOnceItHolds(By.id("starts-at"), startsAt + " UTC"));
      session = jun.currentUrl().replaceAll(".*id=", "");
      jun.find(By.id("agenda-form:text")).sendKeys("How I review code and why");
      jun.find(By.id("agenda-form:add")).click();
      assertTrue(jun.textOnceItHolds(By.id("agenda"), "review code").contains("review code"));

      // an SBI note, private until the junior shares it
      jun.go(base + "program/pairing.xhtml?id=" + pairing);
      List<WebElement> parts = jun.findAll(By.xpath("//*[@id='note-form:note-parts']//textarea"));
      assertEquals(3, parts.size(), "situation, behaviour, impact");
      parts.get(0).sendKeys("In Tuesday's stand-up");
      parts.get(1).sendKeys("you asked the team what slows them down");
      parts.get(2).sendKeys("two people spoke up who never do");
      jun.find(By.id("note-form:write")).click();
      assertTrue(jun.textOnceItHolds(By.id("messages"), "note is saved").contains("note is saved"));
      assertTrue(jun.textOnceItHolds(By.id("notes"), "private").contains("private"));
      jun.find(By.xpath("//*[@id='notes']//button[contains(., 'Share')]")).click();
      jun.find(By.cssSelector(".ui-confirmdialog-yes")).click();
      assertTrue(
          jun.textOnceItHolds(By.id("messages"), "note is shared").contains("note is shared"));
      assertTrue(jun.textOnceItHolds(By.id("notes"), "shared").contains("shared"));
    }

    try (Browser sam = Browser.open()) {
      sam.go(base + "program/pairing.xhtml?id=" + pairing);
      sam.signInAs("sam");
      assertTrue(sam.find(By.id("mentor")).getText().contains("Jun"), sam.pageSource());
      assertTrue(
          sam.find(By.id("notes")).getText().contains("two people spoke up"),
          "the shared note reaches the other party");
      sam.find(By.id("objective-form:text"))
          .sendKeys("I will learn how a release feels on a team.");
      sam.find(By.id("objective-form:save")).click();
      assertTrue(
          sam.textOnceItHolds(By.id("messages"), "objective is saved")
              .contains("objective is saved"));
      assertEquals(
          "I will learn how a release feels on a team.", sam.find(By.id("objective")).getText());
      sam.go(base + "program/session.xhtml?id=" + session);
      assertTrue(sam.find(By.id("agenda")).getText().contains("review code"), "jun's item");
      sam.find(By.id("agenda-form:text")).sendKeys("What I never hear in steering meetings");
      sam.find(By.id("agenda-form:add")).click();
      String agenda = sam.textOnceItHolds(By.id("agenda"), "steering meetings");
      assertTrue(agenda.contains("steering meetings") && agenda.contains("review code"), agenda);
      assertFalse(sam.pageSource().contains("opening-script"), "the script is the facilitator's");
    }

    try (Browser farid = Browser.open()) {
      farid.go(base + "program/session.xhtml?id=" + session);
      farid.signInAs("farid");
      assertTrue(farid.find(By.id("opening-script")).getText().contains("I will learn"));
      for (String party : new String[] {"jun", "sam"}) {
        assertTrue(
            (Boolean)
                farid.script(
                    "return document.querySelector(\"[id='held-form:attended'] input[value='"
                        + party
                        + "']\").checked"),
            party + " is ticked as attending, to untick if they were not there");
      }
      farid.find(By.id("held-form:held")).click();
      farid.find(By.cssSelector(".ui-confirmdialog-yes")).click();
      String held = farid.find(By.id("messages")).getText();
      assertTrue(held.contains("marked as held"), held);
      assertEquals("Held", farid.textOnceItHolds(By.id("state"), "Held"));
      String attended = farid.find(By.id("attended")).getText();
      assertTrue(attended.contains("Jun") && attended.contains("Sam"), attended);
    }

    try (Browser sam = Browser.open()) {
      sam.go(base + "program/pairing.xhtml?id=" + pairing);
      sam.signInAs("sam");
      assertTrue(sam.find(By.id("objective-locked")).getText().contains("fixed"));
      assertFalse(sam.pageSource().contains("objective-form"), "nothing left to edit");
    }

    try (Browser jun = Browser.open()) {
      jun.go(base + "program/topics.xhtml");
      jun.signInAs("jun");
      assertTrue(jun.find(By.id("suggestions")).getText().contains("hiring"), "others' topics");
      jun.find(By.cssSelector("#topics\\:offers input")).sendKeys("Code Review", Keys.ENTER);
      jun.find(By.id("topics:save")).click();
      assertTrue(
          jun.textOnceItHolds(By.id("messages"), "topics are saved").contains("topics are saved"));
      assertTrue(
          new Api(base).get("me/topics", Tokens.of("jun")).body().contains("\"code review\""),
          "kept in normal form");
    }

    try (Browser ken = Browser.open()) {
      ken.go(base + "program/pairing.xhtml?id=" + pairing);
      ken.signInAs("ken");
      assertEquals("Not found", ken.find(By.tagName("h1")).getText());
      assertFalse(ken.pageSource().contains("Jun"), "nothing of the pairing shows");
    }
  }
}
