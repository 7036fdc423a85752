package com.srm.mentoring.pairing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The program's own rules in the pages: marking the first session held before the senior stated the
 * objective shows a message naming the field, never a failure page; HR pauses a pairing on its page
 * after confirming, the parties see only that it is paused, and HR resumes it. The pairing and its
 * session are set up over REST in a cohort of the test's own.
 */
@ExtendWith(SharedApplication.class)
class ProgramRulesBrowserIT {

  @ApplicationUrl URL base;

  static JsonObject ok(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    return Api.json(response).asJsonObject();
  }

  @Test
  void thePagesRefuseTheFirstSessionWithoutObjectiveAndLetHrPauseAndResume() throws Exception {
    Api api = new Api(base);
    for (String person : new String[] {"hana", "farid", "erin", "jun", "sam"}) {
      CharterSigning.signCurrent(api, Tokens.of(person));
    }
    String hana = Tokens.of("hana");
    String cohort =
        ok(
                201,
                api.post(
                    "cohorts",
                    hana,
                    """
                    {"name": "Rules %s", "startsOn": "2027-03-01", "endsOn": "2027-06-30",
                     "facilitators": ["farid"], "escalationContacts": ["erin"]}"""
                        .formatted(UUID.randomUUID())))
            .getString("id");
    String pairing =
        ok(
                201,
                api.post(
                    "cohorts/" + cohort + "/pairings",
                    hana,
                    "{\"mentor\": \"jun\", \"mentee\": \"sam\", \"facilitator\": \"farid\"}"))
            .getString("id");
    String session =
        ok(
                201,
                api.post(
                    "pairings/" + pairing + "/sessions",
                    Tokens.of("jun"),
                    "{\"startsAt\": \"%s\"}"
                        .formatted(Instant.now().plus(3, ChronoUnit.DAYS).toString())))
            .getString("id");

    try (Browser farid = Browser.open()) {
      farid.go(base + "program/session.xhtml?id=" + session);
      farid.signInAs("farid");
      farid.go(base + "program/session.xhtml?id=" + session);
      farid.find(By.id("held-form:held")).click();
      farid.find(By.cssSelector(".ui-confirmdialog-yes")).click();
      String refused = farid.textOnceItHolds(By.id("messages"), "objective:");
      assertTrue(
          refused.contains("objective: the senior states what they will learn"),
          "named: " + refused);
      assertEquals(200, farid.status(), "a message on the page, not a failure page");
      assertEquals("Planned", farid.find(By.id("state")).getText(), "nothing was held");
    }

    try (Browser hr = Browser.open()) {
      hr.go(base + "program/pairing.xhtml?id=" + pairing);
      hr.signInAs("hana");
      hr.go(base + "program/pairing.xhtml?id=" + pairing);
      hr.find(By.id("pairing-actions:pause")).click();
      hr.find(By.cssSelector(".ui-confirmdialog-yes")).click();
      hr.textOnceItHolds(By.id("messages"), "The pairing is paused.");
      assertEquals("This pairing is paused.", hr.find(By.id("state")).getText());
      assertTrue(hr.showsNo(By.id("pairing-actions:pause")), "paused once");
    }

    try (Browser sam = Browser.open()) {
      sam.go(base + "program/pairing.xhtml?id=" + pairing);
      sam.signInAs("sam");
      sam.go(base + "program/pairing.xhtml?id=" + pairing);
      assertEquals("This pairing is paused.", sam.find(By.id("state")).getText());
      assertTrue(sam.find(By.id("paused-note")).isDisplayed());
      assertFalse(sam.pageSource().contains("plan-form"), "no session is planned while paused");
      assertTrue(sam.showsNo(By.id("pairing-actions:resume")), "HR resumes it");
    }

    try (Browser hr = Browser.open()) {
      hr.go(base + "program/pairing.xhtml?id=" + pairing);
      hr.signInAs("hana");
      hr.go(base + "program/pairing.xhtml?id=" + pairing);
      hr.find(By.id("pairing-actions:resume")).click();
      hr.find(By.cssSelector(".ui-confirmdialog-yes")).click();
      hr.textOnceItHolds(By.id("messages"), "The pairing is resumed.");
      assertEquals("Active", hr.find(By.id("state")).getText());
    }
  }
}
