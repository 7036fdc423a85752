package com.srm.mentoring.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** HR's people table reads a page at a time: filtering and sorting ask the server. */
@ExtendWith(SharedApplication.class)
class HrPeopleBrowserIT {

  @ApplicationUrl URL base;

  private static final By ROWS = By.cssSelector("tbody[id='people:table_data'] > tr");

  @Test
  void aSyncSaysItIsWorkingTakesNoSecondClickAndShowsItsResult() throws Exception {
    String hr = NewPeople.create("hrbusy", "employee", "hr-admin");
    try (Browser browser = Browser.open()) {
      browser.go(base + "hr/people.xhtml");
      browser.signInAs(hr);
      // hold the posts back, to see the page between a click and the server's answer: this
      // listener comes after the page's own, and counts the posts that would have gone out
      browser.script(
          "window.posts = 0; document.addEventListener('submit', function (event) {"
              + " if (!event.defaultPrevented) { window.posts++; } event.preventDefault(); });");
      WebElement sync = browser.find(By.id("sync:sync-now"));
      sync.click();
      sync.click();
      assertEquals("true", sync.getAttribute("aria-busy"));
      assertEquals("Working…", sync.getAttribute("value"));
      assertEquals("Working…", browser.find(By.id("busy-status")).getAttribute("textContent"));
      assertEquals(1L, ((Number) browser.script("return window.posts;")).longValue());

      browser.go(base + "hr/people.xhtml");
      browser.find(By.id("sync:sync-now")).click();
      assertTrue(
          browser.textOnceItHolds(By.id("messages"), "Directory synced").contains("synced"),
          "the result replaces the page");
    }
  }

  @Test
  void hrFiltersByUsernameAndSortsTheMatches() throws Exception {
    String tag = "tb" + UUID.randomUUID().toString().substring(0, 6);
    String hr = NewPeople.create("hrtable", "employee", "hr-admin");
    String first = NewPeople.create(tag + "a", "employee");
    String second = NewPeople.create(tag + "b", "employee");
    try (Browser browser = Browser.open()) {
      browser.go(base + "hr/people.xhtml");
      browser.signInAs(hr);
      browser.find(By.id("sync:sync-now")).click();
      browser.find(By.className("messages"));

      browser.find(By.id("people:table:username:filter")).sendKeys(tag);
      awaitRows(browser, () -> List.of("person-" + first, "person-" + second));

      By header = By.id("people:table:username");
      browser.find(header).click();
      assertTrue(waitFor(browser, () -> sorted(browser, header, "ascending")));
      awaitRows(browser, () -> List.of("person-" + first, "person-" + second));
      browser.find(header).click();
      assertTrue(waitFor(browser, () -> sorted(browser, header, "descending")));
      awaitRows(browser, () -> List.of("person-" + second, "person-" + first));

      browser.find(By.id("people:table:username:filter")).sendKeys("-nobody");
      assertTrue(
          waitFor(browser, () -> browser.pageSource().contains("Nobody matches these filters.")));
      List<String> refused =
          browser.consoleErrors().stream()
              .filter(e -> e.contains("Content Security Policy") || e.contains("Uncaught"))
              .toList();
      assertEquals(List.of(), refused, "no script was refused by the policy or failed");
    }
  }

  /** Waits until the table shows exactly these rows, in this order, by their person class. */
  private static void awaitRows(Browser browser, Supplier<List<String>> expected) throws Exception {
    assertTrue(
        waitFor(browser, () -> matches(browser.findAll(ROWS), expected.get())),
        () -> "rows " + browser.pageSource());
  }

  private static boolean sorted(Browser browser, By header, String order) {
    try {
      return order.equals(browser.find(header).getAttribute("aria-sort"));
    } catch (StaleElementReferenceException replacedMeanwhile) {
      return false;
    }
  }

  private static boolean matches(List<WebElement> rows, List<String> classes) {
    try {
      if (rows.size() != classes.size()) {
        return false;
      }
      for (int i = 0; i < rows.size(); i++) {
        if (!List.of(rows.get(i).getAttribute("class").split(" ")).contains(classes.get(i))) {
          return false;
        }
      }
      return true;
    } catch (StaleElementReferenceException replacedMeanwhile) {
      return false;
    }
  }

  private static boolean waitFor(Browser browser, Supplier<Boolean> condition) throws Exception {
    try {
      return Await.until(
          condition::get, Boolean::booleanValue, "the page's change", Duration.ofSeconds(20));
    } catch (AssertionError notWithinTheTime) {
      return false;
    }
  }
}
