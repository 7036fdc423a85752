package com.srm.mentoring.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The pages on a phone (375 px wide) and on a desktop (1280 px): no page is wider than the phone's
 * screen, the navigation folds behind a menu button that opens and closes by keyboard, and on the
 * desktop every role's navigation stays on one line.
 */
@ExtendWith(SharedApplication.class)
class NarrowScreenBrowserIT {

  private static final int PHONE = 375;

  /** Each role's pages, as its navigation offers them. */
  private static final Map<String, List<String>> PAGES =
      Map.of(
          "jun",
          List.of(
              "index.xhtml",
              "me.xhtml",
              "charter.xhtml",
              "program/mine.xhtml",
              "escalation/concerns.xhtml",
              "program/topics.xhtml"),
          "hana",
          List.of(
              "program/cohorts.xhtml",
              "hr/people.xhtml",
              "hr/charter.xhtml",
              "pulse/cohorts.xhtml",
              "hr/analytics.xhtml"),
          "audrey",
          List.of("audit/log.xhtml"));

  @ApplicationUrl URL base;

  @Test
  void noPageIsWiderThanAPhoneAndTheMenuFoldsAndOpensByKeyboard() throws Exception {
    for (Map.Entry<String, List<String>> role : PAGES.entrySet()) {
      String person = role.getKey();
      CharterSigning.signCurrent(new Api(base), Tokens.of(person));
      try (Browser browser = Browser.open()) {
        browser.resize(PHONE, 800);
        browser.go(base + "me.xhtml");
        browser.signInAs(person);
        browser.find(By.id("signed-in-name"));
        for (String page : role.getValue()) {
          browser.go(base + page);
          browser.find(By.id("main"));
          long viewport = number(browser.script("return window.innerWidth;"));
          long width = number(browser.script("return document.documentElement.scrollWidth;"));
          assertTrue(
              width <= viewport, person + " on " + page + ": " + width + " px in " + viewport);
        }

        // the navigation is folded; the menu button opens it, Escape folds it again
        assertFalse(browser.shows(By.id("site-nav")), "folded on a phone");
        WebElement menu = browser.find(By.id("menu-toggle"));
        assertEquals("false", menu.getAttribute("aria-expanded"));
        menu.sendKeys(Keys.ENTER);
        assertTrue(browser.shows(By.id("site-nav")), "open after the menu button");
        assertEquals("true", menu.getAttribute("aria-expanded"));
        assertTrue(browser.shows(By.cssSelector("#site-nav a")));
        menu.sendKeys(Keys.ESCAPE);
        assertFalse(browser.shows(By.id("site-nav")), "folded again by Escape");
      }
    }
  }

  @Test
  void onADesktopEveryRolesNavigationFitsOnOneLineWithoutAMenuButton() throws Exception {
    for (String person : List.of("hana", "jun", "audrey")) {
      CharterSigning.signCurrent(new Api(base), Tokens.of(person));
      try (Browser browser = Browser.open()) {
        browser.resize(1280, 900);
        browser.go(base + "me.xhtml");
        browser.signInAs(person);
        browser.find(By.id("signed-in-name"));
        assertTrue(browser.showsNo(By.id("menu-toggle")), person + ": no menu button");
        Set<Long> lines =
            browser.findAll(By.cssSelector("#site-nav li")).stream()
                .map(item -> (long) item.getLocation().getY())
                .collect(Collectors.toSet());
        assertEquals(1, lines.size(), person + "'s navigation on lines at " + lines);
      }
    }
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
