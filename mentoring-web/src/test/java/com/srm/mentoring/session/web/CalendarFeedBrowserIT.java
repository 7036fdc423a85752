package com.srm.mentoring.session.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A person makes a private calendar feed address on "My data", copies it, makes a new one and
 * revokes it; the address answers a calendar program only while it is the current one. And a
 * planned session is moved on its page.
 */
@ExtendWith(SharedApplication.class)
class CalendarFeedBrowserIT {

  @ApplicationUrl URL base;

  private static final By URL_FIELD = By.id("calendar:feed-url");
  private static final By CREATE = By.id("calendar:calendar-create");
  private static final By REVOKE = By.id("calendar:calendar-revoke");

  @Test
  void theMentorMovesAPlannedSessionOnItsPage() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    String mentor = NewPeople.create("movementor", "employee");
    String mentee = NewPeople.create("movementee", "employee");
    String facilitator = NewPeople.create("movefacil", "employee", "facilitator");
    UUID pairing = program.pairing(program.cohort(5, facilitator), mentor, mentee, facilitator);
    HttpResponse<String> planned =
        api.post(
            "pairings/" + pairing + "/sessions",
            program.token(mentor),
            "{\"startsAt\": \"%s\"}".formatted(Instant.now().plus(2, ChronoUnit.DAYS)));
    assertEquals(201, planned.statusCode(), planned.body());
    String session = Api.json(planned).asJsonObject().getString("id");
    LocalDateTime later = LocalDate.now(ZoneOffset.UTC).plusDays(9).atTime(15, 30);

    try (Browser browser = Browser.open()) {
      browser.go(base + "program/session.xhtml?id=" + session);
      browser.signInAs(mentor);
      browser.go(base + "program/session.xhtml?id=" + session);
      browser
          .find(By.id("move-form:movedTo_input"))
          .sendKeys(later.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), Keys.ESCAPE);
      browser.find(By.id("move-form:move")).click();
      browser.textOnceItHolds(By.id("messages"), "The session is moved");
      assertEquals(
          later.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC",
          browser.find(By.id("starts-at")).getText());
    }
  }

  @Test
  void aPersonMakesAFeedAddressSeesItOnceAndRevokesIt() throws Exception {
    String person = NewPeople.create("calpage", "employee");
    try (Browser browser = Browser.open()) {
      browser.go(base + "privacy/my-data.xhtml");
      browser.signInAs(person);
      browser.go(base + "privacy/my-data.xhtml");
      assertEquals(
          "You have no calendar feed.",
          browser.textOnceItHolds(By.id("calendar-state"), "You have no calendar feed."));
      assertTrue(browser.showsNo(REVOKE), "nothing to revoke yet");

      browser.find(CREATE).click();
      String made =
          browser.textOnceItHolds(By.id("messages"), "Your calendar feed address is made.");
      assertTrue(made.contains("Your calendar feed address is made."), made);
      String url = browser.find(URL_FIELD).getAttribute("value");
      assertTrue(url.matches("https?://.+/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);
      assertEquals(200, HttpProbe.get(URI.create(url)).statusCode(), "a calendar program reads it");

      browser.go(base + "privacy/my-data.xhtml");
      assertTrue(browser.showsNo(URL_FIELD), "the address is shown only when it is made");
      assertTrue(
          browser.find(By.id("calendar-state")).getText().startsWith("Your calendar feed address"));

      browser.find(CREATE).click();
      browser.textOnceItHolds(By.id("messages"), "the old one no longer works");
      String rotated = browser.find(URL_FIELD).getAttribute("value");
      assertNotEquals(url, rotated);
      assertEquals(404, HttpProbe.get(URI.create(url)).statusCode(), "the old address is gone");

      browser.find(REVOKE).click();
      browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
      browser.textOnceItHolds(By.id("messages"), "Your calendar feed is revoked");
      assertEquals(
          "You have no calendar feed.",
          browser.textOnceItHolds(By.id("calendar-state"), "You have no calendar feed."));
      assertEquals(404, HttpProbe.get(URI.create(rotated)).statusCode(), "revoked");
    }
  }
}
