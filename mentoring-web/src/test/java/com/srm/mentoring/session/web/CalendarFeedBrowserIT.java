package com.srm.mentoring.session.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A person makes a private calendar feed address on "My data", copies it, makes a new one and
 * revokes it; the address answers a calendar program only while it is the current one.
 */
@ExtendWith(SharedApplication.class)
class CalendarFeedBrowserIT {

  @ApplicationUrl URL base;

  private static final By URL_FIELD = By.id("calendar:feed-url");
  private static final By CREATE = By.id("calendar:calendar-create");
  private static final By REVOKE = By.id("calendar:calendar-revoke");

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
