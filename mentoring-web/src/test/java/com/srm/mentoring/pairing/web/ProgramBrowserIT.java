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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The program's pages in headless Chromium against the real Keycloak: HR creates a cohort with its
 * facilitator and escalation contact, forms a pairing through the suggestion and another one; the
 * senior states the objective; the facilitator sees the opening script and marks the session held;
 * the objective is then locked; someone outside the pairing gets "not found".
 */
@ExtendWith(SharedApplication.class)
class ProgramBrowserIT {

  @ApplicationUrl URL base;

  static JsonObject created(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
    return Api.json(response).asJsonObject();
  }

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

  @Test
  void hrFormsAPairingTheSeniorStatesTheObjectiveTheFacilitatorHoldsTheSession() throws Exception {
    signed("hana", "farid", "erin", "jun", "sam", "ken", "fiona", "mia");
    topics("fiona", "{\"wantsToLearn\": [\"ux\", \"hiring\"]}");
    topics("mia", "{\"offers\": [\"UX\"]}");
    String cohortName = "Browser pilot " + UUID.randomUUID().toString().substring(0, 8);
    String cohort;
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
      assertTrue(hana.find(By.id("messages")).getText().contains("created as a draft"));
      assertTrue(hana.find(By.id("contacts")).getText().contains("Erin"), "the contact is named");
      cohort = hana.currentUrl().replaceAll(".*id=", "");

      // one pairing through the suggestion: the optimal assignment, with the shared topic shown
      hana.find(By.xpath("//*[@id='suggest-form:seniors']//label[contains(., 'Fiona')]")).click();
      hana.find(By.xpath("//*[@id='suggest-form:juniors']//label[contains(., 'Mia')]")).click();
      hana.find(By.id("suggest-form:suggest")).click();
      String proposal = hana.find(By.id("suggest-form:proposals")).getText();
      assertTrue(proposal.contains("Mia") && proposal.contains("ux"), proposal);
      hana.find(By.xpath("//*[@id='suggest-form:proposals']//button")).click();
      assertTrue(hana.find(By.id("messages")).getText().contains("pairing is formed"));
      assertTrue(hana.find(By.id("pairings")).getText().contains("Mia"));
    }
    // the pairing is formed over the same boundary the page uses; the page shows it
    String hanaToken = Tokens.of("hana");
    String pairing =
        created(
                new Api(base)
                    .post(
                        "cohorts/" + cohort + "/pairings",
                        hanaToken,
                        "{\"mentor\": \"jun\", \"mentee\": \"sam\", \"facilitator\": \"farid\"}"))
            .getString("id");
    String session =
        created(
                new Api(base)
                    .post(
                        "pairings/" + pairing + "/sessions",
                        Tokens.of("jun"),
                        "{\"startsAt\": \"%s\"}"
                            .formatted(Instant.now().plus(3, ChronoUnit.DAYS).toString())))
            .getString("id");

    try (Browser sam = Browser.open()) {
      sam.go(base + "program/pairing.xhtml?id=" + pairing);
      sam.signInAs("sam");
      assertTrue(sam.find(By.id("mentor")).getText().contains("Jun"), sam.pageSource());
      sam.find(By.id("objective-form:text"))
          .sendKeys("I will learn how a release feels on a team.");
      sam.find(By.id("objective-form:save")).click();
      assertTrue(sam.find(By.id("messages")).getText().contains("objective is saved"));
      assertEquals(
          "I will learn how a release feels on a team.", sam.find(By.id("objective")).getText());
      sam.go(base + "program/session.xhtml?id=" + session);
      sam.find(By.id("agenda-form:text")).sendKeys("What I never hear in steering meetings");
      sam.find(By.id("agenda-form:add")).click();
      assertTrue(sam.find(By.id("agenda")).getText().contains("steering meetings"));
      assertFalse(sam.pageSource().contains("opening-script"), "the script is the facilitator's");
    }

    try (Browser farid = Browser.open()) {
      farid.go(base + "program/session.xhtml?id=" + session);
      farid.signInAs("farid");
      assertTrue(farid.find(By.id("opening-script")).getText().contains("I will learn"));
      farid.find(By.id("held-form:held")).click();
      farid.find(By.cssSelector(".ui-confirmdialog-yes")).click();
      assertTrue(farid.find(By.id("messages")).getText().contains("marked as held"));
      assertEquals("Held", farid.find(By.id("state")).getText());
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
      assertTrue(jun.find(By.id("messages")).getText().contains("topics are saved"));
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
