package com.srm.mentoring.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.escalation.rest.ConcernTestProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The auditor's page in headless Chromium, against the real Keycloak. */
@ExtendWith(SharedApplication.class)
class AuditLogBrowserIT {

  @ApplicationUrl URL base;

  @Test
  void anAuditorFindsARefusedVisitFiltersExportsAndChecksTheLog() throws Exception {
    try (Browser jun = Browser.open()) {
      jun.go(base + "audit/log.xhtml");
      jun.signInAs("jun");
      assertEquals("Not found", jun.find(By.tagName("h1")).getText());
      assertFalse(jun.pageSource().contains("nav-audit-log"), "no link to the log for jun");
      // a second refused visit, so that the table has at least two rows to sort
      jun.go(base + "audit/log.xhtml?outcome=granted");
      assertEquals("Not found", jun.find(By.tagName("h1")).getText());
    }

    try (Browser audrey = Browser.open()) {
      // asked for before signing in, shown after it, filter and all
      audrey.go(base + "audit/log.xhtml?actor=jun&outcome=denied");
      audrey.signInAs("audrey");
      assertEquals("Access log", audrey.find(By.tagName("h1")).getText());

      assertEquals("denied", selected(audrey, "outcome"), "the form shows the filter in use");
      assertEquals("", selected(audrey, "action"));
      assertEquals("jun", audrey.find(ACTOR).getAttribute("value"));

      List<WebElement> rows = audrey.findAll(ROWS);
      assertFalse(rows.isEmpty(), audrey.pageSource());
      for (WebElement row : rows) {
        assertEquals("jun", row.findElement(By.className("actor")).getText());
        assertEquals("denied", row.findElement(By.className("outcome")).getText());
      }
      assertTrue(
          rows.stream()
              .anyMatch(
                  r ->
                      r.findElement(By.className("record-type"))
                          .getText()
                          .endsWith("/audit/log.xhtml")),
          "jun's visit to this very page is logged");

      // the table pages and sorts over the log: newest first, then by sequence ascending
      assertTrue(
          audrey.find(By.cssSelector("[id='log:entries'] .ui-paginator")).isDisplayed(),
          "the table pages");
      List<Long> newestFirst = sequences(audrey);
      assertTrue(newestFirst.size() >= 2, "both of jun's visits: " + newestFirst);
      assertEquals(
          newestFirst.stream().sorted(Comparator.reverseOrder()).toList(),
          newestFirst,
          "newest first");
      audrey.find(By.id("log:entries:sequence")).click();
      List<Long> ascending = awaitSequences(audrey, s -> s.size() < 2 || s.get(0) < s.get(1));
      assertEquals(ascending.stream().sorted().toList(), ascending, "sorted by the database");
      for (WebElement row : audrey.findAll(ROWS)) {
        assertEquals("jun", row.findElement(By.className("actor")).getText(), "filter kept");
      }

      String export = audrey.find(By.id("export")).getAttribute("href");
      HttpResponse<String> csv =
          HttpProbe.send(
              HttpRequest.newBuilder(URI.create(export))
                  .header("Cookie", audrey.sessionCookie())
                  .GET());
      assertEquals(200, csv.statusCode(), csv.body());
      String[] lines = csv.body().split("\r\n");
      assertTrue(lines.length > 1, csv.body());
      for (int i = 1; i < lines.length; i++) {
        assertEquals("jun", lines[i].split(",")[3], lines[i]);
        assertEquals("denied", lines[i].split(",")[7], lines[i]);
      }

      // a check of the whole log takes a while: its button says it is working meanwhile
      assertEquals("Working…", audrey.find(By.id("verify")).getAttribute("data-busy"));
      audrey.find(By.id("verify")).click();
      String verdict = audrey.find(By.id("verification-result")).getText();
      assertTrue(verdict.startsWith("The log is whole"), verdict);
      assertTrue(verdict.contains("The newest anchor outside the database vouches"), verdict);
      assertTrue(
          verdict.contains("after the last seal") || verdict.contains("Every entry is sealed"),
          "the window that no seal covers yet: " + verdict);
      assertEquals("jun", audrey.find(ACTOR).getAttribute("value"), "filter kept");
    }
  }

  @Test
  void anAuditorFindsOnTheLogPageWhoSawAConcernInTheListOfConcerns() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID cohort = program.cohort("farid", "erin");
    UUID pairing = program.pairing(cohort, "jun", "lena");
    String marker = UUID.randomUUID().toString();
    String id = program.raised("jun", pairing, "Listed " + marker, Set.of("farid")).getString("id");
    try (Browser jun = Browser.open()) {
      jun.go(base + "escalation/concerns.xhtml");
      jun.signInAs("jun");
      assertTrue(jun.shows(By.partialLinkText(marker)), "jun's list shows the concern");
    }

    try (Browser audrey = Browser.open()) {
      audrey.go(base + "audit/log.xhtml?recordId=" + id);
      audrey.signInAs("audrey");
      List<WebElement> rows = audrey.findAll(ROWS);
      assertTrue(
          rows.stream()
              .anyMatch(
                  r ->
                      r.findElement(By.className("actor")).getText().equals("jun")
                          && r.findElement(By.className("record-type")).getText().equals("concern")
                          && r.findElement(By.className("listed-ids")).getText().contains(id)),
          "jun's list of concerns, found by the concern's id: " + audrey.pageSource());
      assertTrue(
          rows.stream()
              .noneMatch(r -> r.findElement(By.className("actor")).getText().equals("lena")),
          "lena never saw it");
    }
  }

  @Test
  void loadingThePageDoesNotVerifyTheLogButTheButtonDoesAgainstAReceipt() throws Exception {
    try (Browser audrey = Browser.open()) {
      audrey.go(base + "audit/log.xhtml?verify=true");
      audrey.signInAs("audrey");
      assertTrue(audrey.showsNo(By.id("verification-result")), "a GET verifies nothing");

      String receiptLink = audrey.find(By.id("download-receipt")).getAttribute("href");
      HttpResponse<String> receipt =
          HttpProbe.send(
              HttpRequest.newBuilder(URI.create(receiptLink))
                  .header("Cookie", audrey.sessionCookie())
                  .GET());
      assertEquals(200, receipt.statusCode(), receipt.body());
      assertTrue(receipt.body().startsWith("access-log-seal number="), receipt.body());

      audrey.find(By.id("receipt")).sendKeys(receipt.body().strip());
      audrey.find(By.id("verify")).click();
      String verdict = audrey.find(By.id("verification-result")).getText();
      assertTrue(verdict.startsWith("The log is whole"), verdict);
      assertTrue(verdict.endsWith("The log still holds the seal on your receipt."), verdict);

      audrey.find(By.id("receipt")).sendKeys("not a receipt");
      audrey.find(By.id("verify")).click();
      String message = audrey.find(By.id("messages")).getText();
      assertTrue(message.startsWith("receipt:"), message);
    }
  }

  /** The actor field of the search form. */
  static final By ACTOR = By.cssSelector("#filter [name='actor']");

  static final By ROWS = By.cssSelector("[id='log:entries'] tr.entry");

  /** The sequence numbers of the rows the table shows now, top to bottom. */
  @SuppressWarnings("unchecked")
  static List<Long> sequences(Browser browser) {
    browser.find(ROWS);
    return ((List<Object>)
            browser.script(
                "return Array.from(document.querySelectorAll(\"[id='log:entries'] tr.entry"
                    + " td.sequence\")).map(c => c.textContent.trim());"))
        .stream().map(cell -> Long.valueOf(cell.toString())).toList();
  }

  /**
   * The rows' sequence numbers once they satisfy {@code done}: the table replaces its rows in the
   * page after a click, as soon as the server answered.
   */
  static List<Long> awaitSequences(Browser browser, Predicate<List<Long>> done) throws Exception {
    return Await.until(
        () -> {
          try {
            return sequences(browser);
          } catch (WebDriverException replacedMeanwhile) {
            // the rows were being replaced as they were read: read again
            return null;
          }
        },
        now -> now != null && done.test(now),
        "the table to change as asked",
        Duration.ofSeconds(30));
  }

  static String selected(Browser browser, String name) {
    return new Select(browser.find(By.cssSelector("#filter [name='" + name + "']")))
        .getFirstSelectedOption()
        .getAttribute("value");
  }

  @Test
  void aWrongFilterValueIsNamedOnThePage() {
    try (Browser audrey = Browser.open()) {
      audrey.go(base + "audit/log.xhtml?from=yesterday");
      audrey.signInAs("audrey");
      String message = audrey.find(By.id("messages")).getText();
      assertTrue(message.startsWith("from:"), message);
    }
  }
}
