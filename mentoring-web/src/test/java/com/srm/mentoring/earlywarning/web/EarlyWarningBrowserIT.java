package com.srm.mentoring.earlywarning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.Bundles;
import com.srm.mentoring.testsupport.SharedApplication;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Early warnings in headless Chromium against the real Keycloak: farid is told on his home page
 * that a warning appeared, opens the table from there, and is not told again; hana sees only the
 * count for the cohort. Both pages read in German for people whose browser asks for it.
 */
@ExtendWith(SharedApplication.class)
class EarlyWarningBrowserIT {

  @ApplicationUrl URL base;

  @Test
  void aFacilitatorIsToldOnceAndHrSeesOnlyTheCount() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = program.cohort(5, "farid");
    UUID pairing = program.pairing(cohort, "pat", "ravi", "farid");
    String farid = program.token("farid");
    program.token("hana");
    HttpResponse<String> asked =
        api.post("pairings/" + pairing + "/repair-request", program.token("pat"), "");
    assertEquals(200, asked.statusCode(), asked.body());
    awaitNotice(api, farid, pairing);

    try (Browser browser = Browser.open()) {
      browser.go(base + "me.xhtml"); // not the warnings page: opening it is looking at them
      browser.signInAs("farid");
      browser.go(base + "index.xhtml");
      String notice = browser.find(By.id("early-warnings-new")).getText();
      assertTrue(
          notice.matches("(A new early warning|\\d+ new early warnings) on your pairings\\."),
          notice);
      browser.find(By.cssSelector("#early-warnings-new a")).click();
      browser.find(By.id("warnings"));
      assertFalse(
          browser.findAll(By.cssSelector("tr.warning-" + pairing + "-REPAIR_REQUESTED")).isEmpty(),
          () -> browser.currentUrl() + "\n" + browser.pageSource());
      String row =
          browser.find(By.cssSelector("tr.warning-" + pairing + "-REPAIR_REQUESTED")).getText();
      assertTrue(row.contains("A re-pair was requested"), row);
      assertTrue(row.contains("New"), "marked new on the first look: " + row);

      browser.go(base + "index.xhtml");
      browser.find(By.id("early-warnings-link"));
      assertFalse(
          browser.findAll(By.id("early-warnings-new")).isEmpty(),
          "opening the page alone does not clear the notice");
      browser.go(base + "earlywarning/warnings.xhtml");
      browser.find(By.id("seen:markSeen")).click();
      browser.find(By.id("warnings"));
      browser.go(base + "index.xhtml");
      browser.find(By.id("early-warnings-link"));
      assertTrue(browser.showsNo(By.id("early-warnings-new")), "marked seen: not told again");
      browser.go(base + "earlywarning/warnings.xhtml");
      String again =
          browser.find(By.cssSelector("tr.warning-" + pairing + "-REPAIR_REQUESTED")).getText();
      assertFalse(again.contains("New"), again);
    }

    try (Browser browser = Browser.open()) {
      browser.go(base + "hr/early-warnings.xhtml");
      browser.signInAs("hana");
      browser.find(By.cssSelector("tr.cohort-" + cohort));
      List<String> cells =
          browser.findAll(By.cssSelector("tr.cohort-" + cohort + " td")).stream()
              .map(cell -> cell.getText().strip())
              .toList();
      assertEquals(List.of("Pulse " + cohort, "1", "0", "0", "1"), cells);
      assertFalse(browser.pageSource().contains(pairing.toString()), "counts only");
    }
  }

  @Test
  void aFacilitatorAndHrReadTheEarlyWarningsInGerman() throws Exception {
    ResourceBundle de = Bundles.exactly(Locale.GERMAN);
    ResourceBundle en = Bundles.exactly(Locale.ROOT);
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = program.cohort(5, "farid");
    UUID pairing = program.pairing(cohort, "pat", "ravi", "farid");
    String farid = program.token("farid");
    program.token("hana");
    Instant formed = Instant.now().minus(Duration.ofDays(30));
    PulseProgram.update(
        "UPDATE pairing SET formed_at = ? WHERE id = ?", Timestamp.from(formed), pairing);
    HttpResponse<String> asked =
        api.post("pairings/" + pairing + "/repair-request", program.token("pat"), "");
    assertEquals(200, asked.statusCode(), asked.body());
    awaitNotice(api, farid, pairing);

    By quiet = By.cssSelector("tr.warning-" + pairing + "-QUIET");
    By repair = By.cssSelector("tr.warning-" + pairing + "-REPAIR_REQUESTED");
    try (Browser browser = Browser.inLanguages("de-DE,de")) {
      browser.go(base + "earlywarning/warnings.xhtml");
      browser.signInAs("farid");
      assertEquals(de.getString("ew.title"), browser.find(By.tagName("h1")).getText());
      assertEquals("de", browser.script("return document.documentElement.lang;"));
      assertTrue(
          browser.find(By.id("main")).getText().contains(de.getString("ew.intro")),
          browser.find(By.id("main")).getText());
      assertEquals(
          List.of(
              de.getString("ew.cohort"),
              de.getString("ew.pairing"),
              de.getString("ew.signal"),
              de.getString("ew.since"),
              de.getString("ew.notified")),
          headers(browser, "warnings"));
      String quietRow = browser.find(quiet).getText();
      assertTrue(quietRow.contains(de.getString("ew.signal.QUIET")), quietRow);
      assertTrue(quietRow.contains(formed.toString().substring(0, 10)), "since: " + quietRow);
      String repairRow = browser.find(repair).getText();
      assertTrue(repairRow.contains(de.getString("ew.signal.REPAIR_REQUESTED")), repairRow);
      assertTrue(repairRow.contains(de.getString("ew.new")), "new on the first look: " + repairRow);
      // farid's other pairings belong to other tests: only this pairing's rows are looked at
      assertNoEnglish(shown(browser, "warnings", quiet, repair), de, en);

      // the page's one action, opening a pairing, by keyboard alone
      WebElement link = browser.find(By.cssSelector("tr.warning-" + pairing + "-QUIET a"));
      tabTo(browser, link);
      String focused = (String) browser.script("return document.activeElement.outerHTML;");
      link.sendKeys(Keys.ENTER);
      String heading = browser.textOnceItHolds(By.tagName("h1"), de.getString("pairing.title"));
      assertEquals(
          de.getString("pairing.title"),
          heading,
          () -> focused + "\n" + browser.currentUrl() + "\n" + browser.pageSource());
      assertTrue(
          browser.currentUrl().contains("program/pairing.xhtml?id=" + pairing),
          browser.currentUrl());
      assertEquals("de", browser.script("return document.documentElement.lang;"));
    }

    try (Browser browser = Browser.inLanguages("de-DE,de")) {
      browser.go(base + "hr/early-warnings.xhtml");
      browser.signInAs("hana");
      assertEquals(de.getString("ew.hr.title"), browser.find(By.tagName("h1")).getText());
      assertEquals("de", browser.script("return document.documentElement.lang;"));
      assertTrue(
          browser.find(By.id("main")).getText().contains(de.getString("ew.hr.intro")),
          browser.find(By.id("main")).getText());
      assertEquals(
          List.of(
              de.getString("ew.cohort"),
              de.getString("ew.hr.pairings"),
              de.getString("ew.hr.quiet"),
              de.getString("ew.hr.unanswered"),
              de.getString("ew.hr.repair")),
          headers(browser, "counts"));
      List<String> cells =
          browser.findAll(By.cssSelector("tr.cohort-" + cohort + " td")).stream()
              .map(cell -> cell.getText().strip())
              .toList();
      assertEquals(List.of("Pulse " + cohort, "1", "1", "0", "1"), cells);
      assertNoEnglish(
          shown(browser, "counts", By.cssSelector("tr.cohort-" + cohort)) + "\n" + cells, de, en);
    }
  }

  private static List<String> headers(Browser browser, String table) {
    browser.find(By.cssSelector("#" + table + " thead th"));
    return browser.findAll(By.cssSelector("#" + table + " thead th")).stream()
        .map(cell -> cell.getText().strip())
        .toList();
  }

  /** The page's own texts: its heading, introduction, table headers, and these rows. */
  private static String shown(Browser browser, String table, By... rows) {
    StringBuilder shown =
        new StringBuilder(browser.find(By.tagName("h1")).getText())
            .append('\n')
            .append(browser.find(By.cssSelector("#main > p")).getText())
            .append('\n')
            .append(browser.find(By.cssSelector("#" + table + " thead")).getText());
    for (By row : rows) {
      shown.append('\n').append(browser.find(row).getText());
    }
    return shown.toString();
  }

  /** None of the early warnings' English texts shows where the German ones should. */
  private static void assertNoEnglish(String shown, ResourceBundle de, ResourceBundle en) {
    for (String key : en.keySet()) {
      String english = en.getString(key);
      if (key.startsWith("ew.") && !english.contains("{") && !english.equals(de.getString(key))) {
        assertFalse(shown.contains(english), key + " in English: " + shown);
      }
    }
  }

  /** Presses Tab from the top of the page until {@code target} has the focus. */
  private static void tabTo(Browser browser, WebElement target) {
    for (int presses = 0; presses < 80; presses++) {
      if (target.equals(browser.script("return document.activeElement;"))) {
        return;
      }
      ((WebElement) browser.script("return document.activeElement;")).sendKeys(Keys.TAB);
    }
    throw new AssertionError("not reachable by Tab: " + target.getText());
  }

  /**
   * Waits for the re-pair request's own notice: a pairing formed long ago may be notified quiet by
   * an earlier sweep, before the request exists.
   */
  private static void awaitNotice(Api api, String token, UUID pairing) throws Exception {
    Await.until(
        () ->
            Api.json(api.get("me/early-warnings/unseen", token)).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(
                    w ->
                        w.getString("pairingId").equals(pairing.toString())
                            && w.getString("signal").equals("REPAIR_REQUESTED")),
        Boolean::booleanValue,
        "the re-pair request's notice");
  }
}
