package com.srm.mentoring.analytics.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.analytics.rest.AnalyticsIT;
import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.Bundles;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * HR's dashboard in a real browser signed in through Keycloak: charts and their tables, in English
 * and, for a browser that asks for it, in German.
 */
@ExtendWith(SharedApplication.class)
class AnalyticsBrowserIT {

  @ApplicationUrl URL base;

  @Test
  void hanaSeesTheChartsAndTheTablesBesideThem() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    AnalyticsIT.Known known = AnalyticsIT.known(api, program);
    program.token("hana");
    String name = "Pulse " + known.followed();

    try (Browser hana = Browser.open()) {
      hana.go(base + "hr/analytics.xhtml");
      hana.signInAs("hana");
      assertEquals("Program dashboard", hana.find(By.tagName("h1")).getText());
      hana.find(By.id("nav-analytics"));

      // a plain list and a button: chosen, then sent with Enter from the keyboard
      new Select(hana.find(By.id("cohort"))).selectByValue(known.followed().toString());
      hana.find(By.id("show")).sendKeys(Keys.ENTER);
      assertTrue(
          hana.find(By.id("endings-heading")).getText().contains(name),
          known + " chosen, shown: " + hana.currentUrl());
      String participation = hana.find(By.id("participation")).getText();
      assertTrue(participation.contains(name + " 4 4 3 5 3 1 1 2"), participation);
      assertTrue(participation.contains("All cohorts"), participation);
      String attainment = hana.find(By.id("attainment")).getText();
      assertTrue(attainment.contains(name + " 4.0 (3) 3.7 (3) fewer than 3 people"), attainment);
      String endings = hana.find(By.id("endings")).getText();
      assertTrue(endings.contains("2026-10 1 1"), endings);
      assertTrue(endings.contains("2026-11 0 1"), endings);

      hana.find(By.id("participation-chart"));
      hana.find(By.id("endings-chart"));
      Object canvases =
          hana.script(
              "return document.querySelectorAll('#participation-chart canvas,"
                  + " #endings-chart canvas').length");
      assertEquals(2L, canvases, "both bar charts drew a canvas");
      assertFalse(hana.pageSource().contains("id=\"trend-chart\""), "two answers: no trend");
      assertTrue(hana.find(By.id("no-trend")).getText().contains("fewer than 3"));
      List<String> refused =
          hana.consoleErrors().stream()
              .filter(e -> e.contains("Content Security Policy") || e.contains("Uncaught"))
              .toList();
      assertEquals(List.of(), refused, "no script was refused by the policy or failed");

      Path shot = hana.screenshot(Path.of("target", "screenshots", "analytics-dashboard.png"));
      assertTrue(Files.size(shot) > 0, "a screenshot was written to " + shot);

      // the CSV holds the table's numbers
      HttpResponse<String> csv =
          HttpProbe.send(
              HttpRequest.newBuilder(URI.create(base + "hr/analytics.csv?table=cohorts"))
                  .header("Cookie", hana.sessionCookie()));
      assertEquals(200, csv.statusCode(), csv.body());
      assertTrue(
          csv.body().contains("\"" + name + "\",\"4\",\"4\",\"3\",\"5\",\"3\",\"1\",\"1\",\"2\","),
          csv.body());
    }
  }

  @Test
  void aFacilitatorSeesOnlyTheirCohortAndAnEmployeeNoDashboard() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    AnalyticsIT.Known known = AnalyticsIT.known(api, program);
    program.token("farid");
    try (Browser farid = Browser.open();
        Browser jun = Browser.open()) {
      farid.go(base + "hr/analytics.xhtml?cohort=" + known.followed());
      farid.signInAs("farid");
      assertEquals(200, farid.status());
      assertTrue(
          farid.find(By.id("participation")).getText().contains("Pulse " + known.followed()));
      assertFalse(farid.pageSource().contains(known.other().toString()), "not farid's cohort");
      farid.go(base + "hr/analytics.xhtml?cohort=" + known.other());
      assertEquals(404, farid.status(), "another cohort's dashboard does not exist for farid");

      jun.go(base + "hr/analytics.xhtml");
      jun.signInAs("jun");
      assertEquals(404, jun.status(), "the dashboard does not exist for jun");
    }
  }

  @Test
  void hanaReadsTheDashboardInGermanAndChoosesByKeyboard() throws Exception {
    ResourceBundle de = Bundles.exactly(Locale.GERMAN);
    ResourceBundle en = Bundles.exactly(Locale.ROOT);
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    AnalyticsIT.Known known = AnalyticsIT.known(api, program);
    program.token("hana");
    String name = "Pulse " + known.followed();

    try (Browser hana = Browser.inLanguages("de-DE,de")) {
      hana.go(base + "hr/analytics.xhtml");
      hana.signInAs("hana");
      assertEquals(de.getString("analytics.title"), hana.find(By.tagName("h1")).getText());
      assertEquals("de", hana.script("return document.documentElement.lang;"));
      assertEquals(
          List.of(de.getString("analytics.cohort"), de.getString("analytics.period")),
          texts(hana, By.cssSelector("#choose label")));
      assertEquals(
          de.getString("analytics.allCohorts"),
          hana.find(By.cssSelector("#cohort option")).getText());
      assertEquals(
          List.of(de.getString("analytics.period.month"), de.getString("analytics.period.week")),
          texts(hana, By.cssSelector("#period option")));
      assertEquals(de.getString("analytics.show"), hana.find(By.id("show")).getText());

      // the cohort and the period chosen with arrow keys, sent with the space bar: no mouse
      WebElement cohort = hana.find(By.id("cohort"));
      tabTo(hana, cohort);
      int options = hana.findAll(By.cssSelector("#cohort option")).size();
      for (int presses = 0;
          presses < options && !known.followed().toString().equals(value(hana, "cohort"));
          presses++) {
        cohort.sendKeys(Keys.ARROW_DOWN);
      }
      assertEquals(known.followed().toString(), value(hana, "cohort"), "chosen by arrow keys");
      WebElement period = hana.find(By.id("period"));
      tabTo(hana, period);
      period.sendKeys(Keys.ARROW_DOWN);
      assertEquals("WEEK", value(hana, "period"));
      WebElement show = hana.find(By.id("show"));
      tabTo(hana, show);
      show.sendKeys(Keys.SPACE);
      String endingsHeading = hana.textOnceItHolds(By.id("endings-heading"), name);
      assertEquals(
          MessageFormat.format(de.getString("analytics.endings"), name),
          endingsHeading,
          () -> hana.currentUrl() + "\n" + hana.pageSource());
      assertTrue(hana.currentUrl().contains("cohort=" + known.followed()), hana.currentUrl());
      assertTrue(hana.currentUrl().contains("period=WEEK"), hana.currentUrl());
      assertEquals("de", hana.script("return document.documentElement.lang;"));
      assertEquals(
          de.getString("analytics.period.week"),
          new Select(hana.find(By.id("period"))).getFirstSelectedOption().getText(),
          "the period stays chosen");
      // a re-pair request on 1 October, a withdrawal on 15 October, a re-pair on 5 November
      assertEquals(
          List.of("2026-W40 0 1", "2026-W42 1 0", "2026-W45 0 1"),
          texts(hana, By.cssSelector("#endings tbody tr")));

      assertEquals(
          de.getString("analytics.participation"),
          hana.find(By.id("participation-heading")).getText());
      assertEquals(
          de.getString("analytics.attainment"), hana.find(By.id("attainment-heading")).getText());
      assertEquals(de.getString("pulse.trend"), hana.find(By.id("trend-heading")).getText());
      assertEquals(
          List.of(
              de.getString("analytics.cohort"),
              de.getString("analytics.pairings"),
              de.getString("analytics.sessionsPlanned"),
              de.getString("analytics.sessionsHeld"),
              de.getString("analytics.answersDue"),
              de.getString("analytics.answersGiven"),
              de.getString("analytics.quietPairings"),
              de.getString("analytics.withdrawals"),
              de.getString("analytics.repairRequests")),
          headers(hana, "participation"));
      assertEquals(
          List.of(
              de.getString("analytics.cohort"),
              de.getString("analytics.seniorRating"),
              de.getString("analytics.juniorRating"),
              de.getString("pulse.answers"),
              de.getString("pulse.q.spokeOpenly"),
              de.getString("pulse.q.feltHeard"),
              de.getString("pulse.q.wouldRecommend")),
          headers(hana, "attainment"));
      assertEquals(
          List.of(
              de.getString("analytics.periodColumn"),
              de.getString("analytics.withdrawals"),
              de.getString("analytics.repairRequests")),
          headers(hana, "endings"));
      assertEquals(
          List.of(
              de.getString("pulse.group"),
              de.getString("pulse.week"),
              de.getString("pulse.answers"),
              de.getString("pulse.q.spokeOpenly"),
              de.getString("pulse.q.feltHeard"),
              de.getString("pulse.q.wouldRecommend")),
          headers(hana, "trend"));

      // two answers and three raters or fewer per side: every such figure says why it is missing
      String fewerPeople = MessageFormat.format(de.getString("analytics.suppressed"), 3);
      String attainment = rowOf(hana, "attainment", name);
      assertTrue(attainment.contains("4.0 (3) 3.7 (3) " + fewerPeople), attainment);
      assertEquals(
          MessageFormat.format(de.getString("pulse.noTrend"), 3),
          hana.find(By.id("no-trend")).getText());
      String fewerAnswers = MessageFormat.format(de.getString("pulse.suppressed"), 3);
      List<String> notes = texts(hana, By.cssSelector("#trend td.suppressed-note"));
      assertFalse(notes.isEmpty(), "the trend's cells are suppressed");
      notes.forEach(note -> assertEquals(fewerAnswers, note));
      assertTrue(
          texts(hana, By.cssSelector("#trend tbody td:first-child"))
              .contains(de.getString("pulse.everyone")),
          hana.find(By.id("trend")).getText());

      String shown = shown(hana, name);
      for (String key : en.keySet()) {
        String english = en.getString(key);
        boolean dashboards = key.startsWith("analytics.") || PULSE_ON_THE_PAGE.contains(key);
        if (dashboards && !english.contains("{") && !english.equals(de.getString(key))) {
          assertFalse(shown.contains(english), key + " in English: " + shown);
        }
      }
      for (String note : List.of("analytics.suppressed", "pulse.suppressed", "pulse.noTrend")) {
        String english = MessageFormat.format(en.getString(note), 3);
        assertFalse(shown.contains(english), note + " in English: " + shown);
      }

      // the CSV's header row names the columns for programs, as the pulse export does, in every
      // language; its cells are the table's, in the reader's language
      HttpResponse<String> csv =
          HttpProbe.send(
              HttpRequest.newBuilder(URI.create(base + "hr/analytics.csv?table=cohorts"))
                  .header("Cookie", hana.sessionCookie())
                  .header("Accept-Language", "de-DE,de"));
      assertEquals(200, csv.statusCode(), csv.body());
      List<String> lines = csv.body().lines().toList();
      assertEquals(
          "\"cohort\",\"pairings\",\"sessionsPlanned\",\"sessionsHeld\",\"answersDue\","
              + "\"answersGiven\",\"quietPairings\",\"withdrawals\",\"repairRequests\","
              + "\"answers\",\"spokeOpenly\",\"feltHeard\",\"wouldRecommend\",\"seniorRating\","
              + "\"juniorRating\"",
          lines.get(0));
      assertTrue(
          csv.body()
              .contains(
                  "\""
                      + name
                      + "\",\"4\",\"4\",\"3\",\"5\",\"3\",\"1\",\"1\",\"2\",\""
                      + fewerPeople
                      + "\""),
          csv.body());
      assertTrue(
          lines.stream().anyMatch(l -> l.startsWith("\"" + de.getString("analytics.allCohorts"))),
          csv.body());
    }
  }

  /** The pulse texts the dashboard borrows, looked for in English where German should be. */
  private static final List<String> PULSE_ON_THE_PAGE =
      List.of(
          "pulse.trend",
          "pulse.table",
          "pulse.group",
          "pulse.week",
          "pulse.answers",
          "pulse.q.spokeOpenly",
          "pulse.q.feltHeard",
          "pulse.q.wouldRecommend",
          "pulse.everyone",
          "pulse.mentors",
          "pulse.mentees",
          "pulse.allWeeks");

  private static List<String> texts(Browser browser, By by) {
    return browser.findAll(by).stream().map(e -> e.getText().strip()).toList();
  }

  private static String value(Browser browser, String id) {
    return (String) browser.script("return document.getElementById(arguments[0]).value;", id);
  }

  private static List<String> headers(Browser browser, String table) {
    return texts(browser, By.cssSelector("#" + table + " thead th"));
  }

  private static String rowOf(Browser browser, String table, String name) {
    return texts(browser, By.cssSelector("#" + table + " tbody tr")).stream()
        .filter(row -> row.startsWith(name + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + table));
  }

  /**
   * The page's own texts: headings, introductions, the choice, captions, headers, notes, links,
   * this test's cohort's rows and the chosen cohort's trend and endings. Other cohorts' names are
   * left out: other tests name them as they like.
   */
  private static String shown(Browser browser, String name) {
    StringBuilder shown = new StringBuilder();
    for (String css :
        List.of(
            "h1",
            "#main > p",
            "#main section h2",
            "#main section p",
            "#choose label",
            "#period option",
            "#show",
            "#main caption",
            "#main thead",
            "#trend tbody",
            "#endings tbody")) {
      texts(browser, By.cssSelector(css)).forEach(text -> shown.append(text).append('\n'));
    }
    shown.append(browser.find(By.cssSelector("#cohort option")).getText()).append('\n');
    shown.append(rowOf(browser, "participation", name)).append('\n');
    shown.append(rowOf(browser, "attainment", name)).append('\n');
    return shown.toString();
  }

  /** Presses Tab from where the focus is until {@code target} has it. */
  private static void tabTo(Browser browser, WebElement target) {
    for (int presses = 0; presses < 80; presses++) {
      if (target.equals(browser.script("return document.activeElement;"))) {
        return;
      }
      ((WebElement) browser.script("return document.activeElement;")).sendKeys(Keys.TAB);
    }
    throw new AssertionError("not reachable by Tab: " + target.getText());
  }
}
