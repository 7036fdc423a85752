package com.srm.mentoring.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
    }

    try (Browser audrey = Browser.open()) {
      // asked for before signing in, shown after it, filter and all
      audrey.go(base + "audit/log.xhtml?actor=jun&outcome=denied");
      audrey.signInAs("audrey");
      assertEquals("Access log", audrey.find(By.tagName("h1")).getText());

      assertEquals("denied", selected(audrey, "outcome"), "the form shows the filter in use");
      assertEquals("", selected(audrey, "action"));
      assertEquals("jun", audrey.find(By.name("actor")).getAttribute("value"));

      List<WebElement> rows = audrey.findAll(By.cssSelector("#entries tr.entry"));
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

      audrey.find(By.id("verify")).click();
      String verdict = audrey.find(By.id("verification-result")).getText();
      assertTrue(verdict.startsWith("The log is whole"), verdict);
      assertTrue(verdict.contains("The newest anchor outside the database vouches"), verdict);
      assertEquals("jun", audrey.find(By.name("actor")).getAttribute("value"), "filter kept");
    }
  }

  @Test
  void loadingThePageDoesNotVerifyTheLogButTheButtonDoesAgainstAReceipt() throws Exception {
    try (Browser audrey = Browser.open()) {
      audrey.go(base + "audit/log.xhtml?verify=true");
      audrey.signInAs("audrey");
      assertTrue(audrey.findAll(By.id("verification-result")).isEmpty(), "a GET verifies nothing");

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

  static String selected(Browser browser, String name) {
    return new Select(browser.find(By.name(name))).getFirstSelectedOption().getAttribute("value");
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
