package com.srm.mentoring.charter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.NewPeople;
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

/**
 * The charter in headless Chromium against the real Keycloak: an employee meets it at sign-in and
 * signs it; HR publishes a new version; the employee is led to sign again.
 */
@ExtendWith(SharedApplication.class)
class CharterBrowserIT {

  @ApplicationUrl URL base;

  /** Signs in from the profile link, as anyone would, and signs the charter the page shows. */
  static int signInAndSign(Browser browser, URL base, String username) {
    browser.go(base + "me.xhtml");
    browser.signInAs(username);
    assertEquals("Charter", browser.find(By.tagName("h1")).getText(), "the charter comes first");
    String shown = browser.find(By.cssSelector("#charter-text .charter-version")).getText();
    int version = Integer.parseInt(shown.replace("Version", "").strip());
    browser.find(By.id("sign-form:sign")).click();
    String confirmation = browser.find(By.id("messages")).getText();
    assertTrue(confirmation.startsWith("Signed: version " + version + ", on "), confirmation);
    assertTrue(confirmation.endsWith("UTC."), confirmation);
    String status = browser.find(By.id("status-text")).getText();
    assertTrue(status.contains("This is the charter in force"), status);
    assertTrue(browser.showsNo(By.id("sign-form:sign")), "nothing left to sign");
    return version;
  }

  /**
   * Publishes a new version from HR's page with a ground rule added, and answers its number. A new
   * version makes every earlier signature outdated, whatever other tests signed before.
   */
  static int publishNewVersion(Browser hana, URL base, String addedRule, boolean checkTheForm) {
    hana.go(base + "hr/charter.xhtml");
    assertEquals("Charter versions", hana.find(By.tagName("h1")).getText());
    if (hana.shows(By.id("start:start-draft"))) {
      hana.find(By.id("start:start-draft")).click();
    }
    WebElement groundRules = hana.find(By.id("draft:groundRules"));
    String kept = groundRules.getAttribute("value");
    if (checkTheForm) {
      groundRules.clear();
      hana.find(By.id("draft:save")).click();
      assertTrue(
          hana.textOnceItHolds(By.id("messages"), "groundRules:").startsWith("groundRules:"));
      assertEquals("", hana.find(By.id("draft:groundRules")).getAttribute("value"));
      groundRules = hana.find(By.id("draft:groundRules"));
      groundRules.sendKeys(kept);
    }
    groundRules.sendKeys("\n- " + addedRule);
    hana.find(By.id("draft:preview")).click();
    assertEquals(
        "Preview of the draft", hana.textOnceItHolds(By.tagName("h1"), "Preview of the draft"));
    assertTrue(hana.textOnceItHolds(By.id("ground-rules"), addedRule).contains(addedRule));
    String draft = hana.find(By.cssSelector("#charter-text .charter-version")).getText();
    int version = Integer.parseInt(draft.replace("Version", "").strip());
    hana.find(By.id("back")).click();

    hana.find(By.id("publish-form:publish")).click();
    assertEquals(
        "Version " + version + " is published and in force.",
        hana.find(By.id("messages")).getText());
    assertEquals("0", hana.find(By.cssSelector("#version-" + version + " .signatures")).getText());
    return version;
  }

  @Test
  void junSignsHrPublishesANewVersionJunIsLedToSignAgain() throws Exception {
    try (Browser hana = Browser.open();
        Browser jun = Browser.open()) {
      hana.go(base + "hr/charter.xhtml");
      hana.signInAs("hana");
      int first = publishNewVersion(hana, base, "Sessions start on time.", true);

      assertEquals(first, signInAndSign(jun, base, "jun"));
      jun.find(By.id("evidence")).click();
      assertEquals(
          String.valueOf(first),
          jun.textOnceItHolds(By.id("signed-version"), String.valueOf(first)));
      assertTrue(
          jun.textOnceItHolds(By.id("chain-result"), "The chain of signatures holds")
              .startsWith("The chain of signatures holds"));

      HttpResponse<byte[]> pdf =
          HttpProbe.sendForBytes(
              HttpRequest.newBuilder(URI.create(base + "charter/evidence.pdf"))
                  .header("Cookie", jun.sessionCookie())
                  .GET());
      assertEquals(200, pdf.statusCode());
      assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
      String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
      assertTrue(text.contains("Evidence of a charter signature"), text);
      assertTrue(text.contains("Jun Takahashi"), text);
      assertTrue(text.contains("The chain of signatures holds"), text);
      HttpResponse<byte[]> german =
          HttpProbe.sendForBytes(
              HttpRequest.newBuilder(URI.create(base + "charter/evidence.pdf"))
                  .header("Cookie", jun.sessionCookie())
                  .header("Accept-Language", "de-DE,de;q=0.9")
                  .GET());
      String deutsch = new PdfTextExtractor(new PdfReader(german.body())).getTextFromPage(1);
      assertTrue(deutsch.contains("Nachweis einer Unterschrift unter die Charta"), deutsch);
      assertTrue(deutsch.contains("Die Unterschriftenkette ist intakt"), deutsch);

      int second = publishNewVersion(hana, base, "Phones stay away.", false);
      hana.go(base + "hr/charter.xhtml");
      assertFalse(
          hana.find(By.cssSelector("#version-" + first + " .signatures")).getText().equals("0"),
          "jun's signature is counted");

      try (Browser junAgain = Browser.open()) {
        junAgain.go(base + "me.xhtml");
        junAgain.signInAs("jun");
        assertEquals("Charter", junAgain.find(By.tagName("h1")).getText());
        String status = junAgain.find(By.id("status-text")).getText();
        assertTrue(status.contains("Version " + second + " is now in force"), status);
        // the rules, written as lines starting with "- ", read as a list, the added one its last
        List<String> rules =
            junAgain.findAll(By.cssSelector("#ground-rules ul > li")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(rules.size() >= 2, "the ground rules as a list: " + rules);
        assertEquals("Phones stay away.", rules.get(rules.size() - 1), rules.toString());
        assertTrue(rules.stream().noneMatch(rule -> rule.startsWith("-")), rules.toString());
        // and the escalation path's numbered steps as an ordered list of three
        assertEquals(3, junAgain.findAll(By.cssSelector("#escalation-path ol > li")).size());
        junAgain.find(By.id("sign-form:sign")).click();
        assertTrue(
            junAgain
                .textOnceItHolds(By.id("messages"), "Signed: version " + second)
                .startsWith("Signed: version " + second));
      }
    }
  }

  @Test
  void aParticipantWithdrawsAndComesBackBySigningAgain() {
    // a person of this test's own: a demo person's withdrawal would end their demo pairings
    String leaver = NewPeople.create("leaver", "employee");
    try (Browser browser = Browser.open()) {
      browser.go(base + "charter.xhtml");
      browser.signInAs(leaver);
      if (browser.shows(By.id("sign-form:sign"))) {
        browser.find(By.id("sign-form:sign")).click();
        browser.find(By.id("evidence"));
      }
      browser.find(By.id("withdraw")).click();
      browser.find(By.id("withdraw-form:reason")).sendKeys("Too much on my plate this quarter");
      browser.find(By.id("withdraw-form:withdraw")).click();
      assertTrue(
          browser
              .textOnceItHolds(By.id("messages"), "You withdrew from the program on")
              .startsWith("You withdrew from the program on"));
      assertTrue(browser.find(By.id("withdrawn-text")).isDisplayed());

      browser.find(By.id("sign-form:sign")).click();
      assertTrue(
          browser
              .textOnceItHolds(By.id("messages"), "Signed: version")
              .startsWith("Signed: version"));
      assertTrue(browser.showsNo(By.id("withdrawn-text")), "back in the program");
    }
  }
}
