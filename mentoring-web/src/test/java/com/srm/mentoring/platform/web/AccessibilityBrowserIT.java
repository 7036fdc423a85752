package com.srm.mentoring.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.srm.mentoring.demo.DemoProgramSeeded;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page, as the people who use it see it on the seeded demo program, checked with axe-core
 * against WCAG 2.1 levels A and AA: no violation anywhere. Pages that show one record are reached
 * the way people reach them, through the links of the lists.
 */
@ExtendWith({SharedApplication.class, DemoProgramSeeded.class})
class AccessibilityBrowserIT {

  @ApplicationUrl URL base;

  private final Map<String, List<String>> violations = new TreeMap<>();

  @Test
  void everyPageMeetsWcag21AaForEveryoneWhoUsesIt() {
    // jun mentors sam in the current cohort: the employee's pages, one pairing and its sessions
    try (Browser jun = signedIn("jun", "program/mine.xhtml")) {
      check(jun, "index.xhtml", "me.xhtml", "charter.xhtml", "charter/evidence.xhtml");
      check(jun, "program/mine.xhtml");
      // the demo's pairing with sam, which holds sessions; other tests pair jun too
      follow(
          jun,
          "program/pairing.xhtml?id=",
          By.xpath(
              "//tr[td[contains(., 'Sam Okafor')]]"
                  + "//a[contains(@href, 'program/pairing.xhtml?id=')]"));
      follow(jun, "program/session.xhtml?id=");
      check(jun, "program/topics.xhtml", "escalation/concerns.xhtml", "privacy/my-data.xhtml");
      check(jun, "charter/withdraw.xhtml");
    }
    // farid facilitates and is an escalation contact: warnings and the concerns he reads
    try (Browser farid = signedIn("farid", "earlywarning/warnings.xhtml")) {
      check(farid, "earlywarning/warnings.xhtml", "escalation/concerns.xhtml");
      follow(farid, "escalation/concern.xhtml?id=");
      check(farid, "pulse/cohorts.xhtml");
      follow(farid, "pulse/cohort.xhtml?cohort=");
    }
    // hana runs the program
    try (Browser hana = signedIn("hana", "hr/analytics.xhtml")) {
      check(
          hana,
          "hr/analytics.xhtml",
          "hr/people.xhtml",
          "hr/charter.xhtml",
          "hr/charter-preview.xhtml",
          "hr/early-warnings.xhtml",
          "pulse/across.xhtml");
      check(hana, "program/cohorts.xhtml");
      follow(hana, "program/cohort.xhtml?id=");
    }
    try (Browser audrey = signedIn("audrey", "audit/log.xhtml")) {
      check(audrey, "audit/log.xhtml");
    }
    assertEquals(Map.of(), violations, "WCAG 2.1 AA violations by page");
  }

  private Browser signedIn(String person, String page) {
    Browser browser = Browser.open();
    browser.go(base + page);
    browser.signInAs(person);
    browser.find(By.id("signed-in-name"));
    return browser;
  }

  private void check(Browser browser, String... pages) {
    for (String page : pages) {
      browser.go(base + page);
      browser.find(By.tagName("h1"));
      record(page, browser);
    }
  }

  /** Opens the first link of the page shown whose address starts so, and checks where it leads. */
  private void follow(Browser browser, String address) {
    follow(browser, address, By.cssSelector("a[href*='" + address + "']"));
  }

  private void follow(Browser browser, String address, By link) {
    List<WebElement> links = browser.findAll(link);
    if (links.isEmpty()) {
      violations.put(address, List.of("no link to it on " + browser.currentUrl()));
      return;
    }
    browser.go(links.get(0).getAttribute("href"));
    browser.find(By.tagName("h1"));
    record(address, browser);
  }

  private void record(String page, Browser browser) {
    List<String> found = browser.accessibilityViolations();
    if (!found.isEmpty()) {
      violations.put(page, found);
    }
  }
}
