package com.srm.mentoring.pairing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The program's pages in German, and what they answer to bad input: a message naming the field or
 * rule on the page, never an error page, and nothing written.
 */
@ExtendWith(SharedApplication.class)
class ProgramPagesBrowserIT {

  @ApplicationUrl URL base;

  static JsonObject ok(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    return Api.json(response).asJsonObject();
  }

  /** A cohort of its own, with farid and erin, made over REST as the portal does. */
  String cohort(String name) throws Exception {
    return ok(
            201,
            new Api(base)
                .post(
                    "cohorts",
                    Tokens.of("hana"),
                    """
                    {"name": "%s %s", "startsOn": "2027-03-01", "endsOn": "2027-06-30",
                     "facilitators": ["farid"], "escalationContacts": ["erin"]}"""
                        .formatted(name, UUID.randomUUID())))
        .getString("id");
  }

  void signed(String... people) throws Exception {
    for (String person : people) {
      CharterSigning.signCurrent(new Api(base), Tokens.of(person));
    }
  }

  @Test
  void hrWorksOnTheCohortPagesInGerman() throws Exception {
    signed("hana", "farid", "erin");
    String name = "Kohorte " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser hana = Browser.inLanguages("de-DE,de")) {
      hana.go(base + "program/cohorts.xhtml");
      hana.signInAs("hana");
      assertEquals("Kohorten", hana.find(By.tagName("h1")).getText());
      assertEquals("de", hana.script("return document.documentElement.lang;"));
      assertEquals("Kohorte anlegen", hana.find(By.id("new-cohort:create")).getText());

      // nothing filled in: each missing field is named, in German
      hana.find(By.id("new-cohort:create")).click();
      String missing = hana.find(By.id("new-cohort:form-messages")).getText();
      assertTrue(missing.contains("Name: bitte ausfüllen"), missing);
      assertTrue(missing.contains("Beginnt am: bitte ausfüllen"), missing);
      assertTrue(missing.contains("Endet am: bitte ausfüllen"), missing);

      hana.find(By.id("new-cohort:name")).sendKeys(name);
      hana.find(By.id("new-cohort:startsOn_input")).sendKeys("2027-03-01", Keys.ESCAPE);
      hana.find(By.id("new-cohort:endsOn_input")).sendKeys("2027-06-30", Keys.ESCAPE);
      hana.find(By.xpath("//*[@id='new-cohort:facilitators']//label[contains(., 'Farid')]"))
          .click();
      hana.find(By.xpath("//*[@id='new-cohort:contacts']//label[contains(., 'Erin')]")).click();
      hana.find(By.id("new-cohort:create")).click();

      String heading = hana.find(By.tagName("h1")).getText();
      assertTrue(heading.startsWith("Kohorte") && heading.endsWith(name), heading);
      assertTrue(
          hana.find(By.id("messages")).getText().contains("als Entwurf angelegt"),
          hana.find(By.id("messages")).getText());
      assertEquals("Entwurf", hana.find(By.id("state")).getText());
      assertTrue(hana.find(By.id("contacts-title")).getText().contains("Ansprechpersonen"));
      assertTrue(hana.pageSource().contains("Tandem bilden"), "the pairing form in German");
    }
  }

  @Test
  void badInputOnTheProgramPagesIsNamedAndNothingIsWritten() throws Exception {
    signed("hana", "farid", "erin", "jun", "sam");
    Api api = new Api(base);
    String cohort = cohort("Bad input");

    // a pairing of a person with themselves
    try (Browser hana = Browser.open()) {
      hana.go(base + "program/cohort.xhtml?id=" + cohort);
      hana.signInAs("hana");
      ProgramBrowserIT.choose(hana, "form-pairing:mentor", "Jun Takahashi (3)");
      ProgramBrowserIT.choose(hana, "form-pairing:mentee", "Jun Takahashi (3)");
      hana.find(By.id("form-pairing:form")).click();
      String refused = hana.find(By.id("form-pairing:form-messages")).getText();
      assertTrue(refused.contains("distinct-people") && refused.contains("jun"), refused);
      assertTrue(hana.textOnceItHolds(By.id("pairings"), "No pairing").contains("No pairing"));
    }
    assertEquals(
        0,
        Api.json(api.get("cohorts/" + cohort + "/pairings", Tokens.of("hana")))
            .asJsonArray()
            .size(),
        "nothing refused was written");

    String pairing =
        ok(
                201,
                api.post(
                    "cohorts/" + cohort + "/pairings",
                    Tokens.of("hana"),
                    "{\"mentor\": \"jun\", \"mentee\": \"sam\", \"facilitator\": \"farid\"}"))
            .getString("id");

    try (Browser sam = Browser.open()) {
      sam.go(base + "program/pairing.xhtml?id=" + pairing);
      sam.signInAs("sam");
      // an empty objective: the field left empty, as the form sends it
      sam.find(By.id("objective-form:save")).click();
      String empty = sam.find(By.id("objective-form:objective-messages")).getText();
      assertTrue(empty.startsWith("text:") && empty.contains("must not be empty"), empty);

      // a stale form: the objective changed elsewhere since this page was shown
      sam.go(base + "program/pairing.xhtml?id=" + pairing);
      sam.find(By.id("objective-form:text"));
      HttpResponse<String> elsewhere =
          HttpProbe.send(
              HttpRequest.newBuilder(
                      URI.create(base.toExternalForm())
                          .resolve("api/pairings/" + pairing + "/objective"))
                  .header("Authorization", "Bearer " + Tokens.of("sam"))
                  .header("Content-Type", "application/json")
                  .PUT(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"text\": \"I will learn how on-call works.\"}")));
      assertEquals(200, elsewhere.statusCode(), elsewhere.body());
      sam.find(By.id("objective-form:text")).sendKeys("I will learn something else.");
      sam.find(By.id("objective-form:save")).click();
      String stale = sam.find(By.id("objective-form:objective-messages")).getText();
      assertTrue(stale.startsWith("version:") && stale.contains("someone else"), stale);

      // a note with its parts left empty
      sam.go(base + "program/pairing.xhtml?id=" + pairing);
      sam.find(By.id("note-form:write")).click();
      String note = sam.find(By.id("note-form:note-messages")).getText();
      assertTrue(note.contains("situation") && note.contains("required"), note);

      // a session without a time, then one in the past, typed into the picker
      sam.find(By.id("plan-form:plan")).click();
      String noTime = sam.textOnceItHolds(By.id("plan-form:plan-messages"), "required");
      assertTrue(noTime.startsWith("startsAt:") && noTime.contains("required"), noTime);
      String yesterday =
          LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(10, 0).format(ProgramBrowserIT.MINUTES);
      sam.find(By.id("plan-form:startsAt_input")).sendKeys(yesterday, Keys.ESCAPE);
      sam.find(By.id("plan-form:plan")).click();
      String past = sam.textOnceItHolds(By.id("plan-form:plan-messages"), "time to come");
      assertTrue(past.startsWith("startsAt:") && past.contains("time to come"), past);
    }
    JsonObject kept = ok(200, api.get("pairings/" + pairing, Tokens.of("sam")));
    assertEquals("I will learn how on-call works.", kept.getString("objective"), "kept");
    assertEquals(
        0,
        Api.json(api.get("pairings/" + pairing + "/sessions", Tokens.of("sam")))
            .asJsonArray()
            .size(),
        "no session in the past was planned");
    assertEquals(
        0,
        Api.json(api.get("pairings/" + pairing + "/notes", Tokens.of("sam"))).asJsonArray().size(),
        "no empty note was written");

    String session =
        ok(
                201,
                api.post(
                    "pairings/" + pairing + "/sessions",
                    Tokens.of("jun"),
                    "{\"startsAt\": \"%s\"}"
                        .formatted(Instant.now().plus(3, ChronoUnit.DAYS).toString())))
            .getString("id");
    try (Browser jun = Browser.open()) {
      jun.go(base + "program/session.xhtml?id=" + session);
      jun.signInAs("jun");
      // an empty agenda item; a longer one than the boundary takes cannot be typed at all
      jun.find(By.id("agenda-form:add")).click();
      String empty = jun.find(By.id("agenda-form:agenda-messages")).getText();
      assertTrue(empty.startsWith("text:") && empty.contains("must not be empty"), empty);
      assertEquals("1000", jun.find(By.id("agenda-form:text")).getAttribute("maxlength"));

      // unknown ids: the not-found page, as for a record one may not see
      for (String page :
          new String[] {
            "program/pairing.xhtml?id=" + UUID.randomUUID(),
            "program/pairing.xhtml?id=not-an-id",
            "program/session.xhtml?id=" + UUID.randomUUID(),
            "program/cohort.xhtml?id=" + UUID.randomUUID()
          }) {
        jun.go(base + page);
        assertEquals("Not found", jun.find(By.tagName("h1")).getText(), page);
        assertEquals(404, jun.status(), page);
      }
    }
    assertEquals(
        0,
        ok(200, api.get("sessions/" + session, Tokens.of("jun"))).getJsonArray("agenda").size(),
        "the empty item was not written");
  }
}
