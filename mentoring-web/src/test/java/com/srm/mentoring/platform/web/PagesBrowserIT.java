package com.srm.mentoring.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.KeycloakServer;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.openqa.selenium.By;

/**
 * Pages in a real browser under the Content-Security-Policy: they load their stylesheets and
 * scripts for everyone, a refusal inside a page looks like a missing page, and bad text is named.
 */
@ExtendWith(SharedApplication.class)
class PagesBrowserIT {

  @ApplicationUrl URL base;

  @Test
  void thePagesOpenBeforeTheCharterIsSignedLoadTheirStylesAndScriptsUnderThePolicy() {
    // HR and the auditor are different people: one person holding both would act in neither
    String hr = NewPeople.create("unsigned", "employee", "hr-admin");
    String auditor = NewPeople.create("unsignedaudit", "employee", "auditor");
    opensUnderThePolicy(
        hr,
        new String[][] {
          {"index.xhtml", "Reverse mentoring, safely"},
          {"me.xhtml", "My profile"},
          {"charter.xhtml", "Charter"},
          {"hr/people.xhtml", "People and roles"},
          {"hr/charter.xhtml", "Charter versions"}
        });
    opensUnderThePolicy(auditor, new String[][] {{"audit/log.xhtml", "Access log"}});
  }

  private void opensUnderThePolicy(String person, String[][] pages) {
    try (Browser browser = Browser.open()) {
      browser.go(base + "me.xhtml");
      browser.signInAs(person);
      browser.find(By.id("signed-in-name"));
      assertEquals("Charter", browser.find(By.tagName("h1")).getText(), "not signed yet");
      browser.consoleErrors();
      for (String[] page : pages) {
        browser.go(base + page[0]);
        assertEquals(page[1], browser.find(By.tagName("h1")).getText(), page[0]);
        assertEquals(List.of(), unloadedStylesheets(browser), page[0]);
        assertEquals(
            Boolean.TRUE,
            browser.script("return PrimeFaces.csp.NONCE_VALUE !== ''"),
            page[0] + ": PrimeFaces ran its nonced start-up script");
        assertEquals(List.of(), browser.consoleErrors(), page[0]);
      }
    }
  }

  /** Stylesheets the page links that did not load (a redirect to a page is no stylesheet). */
  @SuppressWarnings("unchecked")
  private static List<String> unloadedStylesheets(Browser browser) {
    return new ArrayList<>(
        (List<String>)
            browser.script(
                "return Array.from(document.querySelectorAll('link[rel=stylesheet]'))"
                    + ".filter(l => !l.sheet || l.sheet.cssRules.length === 0)"
                    + ".map(l => l.href);"));
  }

  @Test
  void hrWhoseRoleWasRemovedMeanwhileFindsNotFoundAndTheRefusalIsLoggedOnce() throws Exception {
    String person = NewPeople.create("hrgone", "employee", "hr-admin");
    try (Browser browser = Browser.open();
        Keycloak admin = Tokens.admin()) {
      browser.go(base + "hr/people.xhtml");
      browser.signInAs(person);
      browser.find(By.id("signed-in-name"));
      assertEquals("People and roles", browser.find(By.tagName("h1")).getText());

      // the directory takes the role away while the person's session goes on
      UserResource user = user(admin, person);
      user.groups().stream()
          .filter(g -> g.getName().equals("hr-admin"))
          .forEach(g -> user.leaveGroup(g.getId()));
      HttpResponse<String> synced = new Api(base).post("directory/sync", Tokens.of("hana"), "");
      assertEquals(200, synced.statusCode(), synced.body());

      browser.find(By.id("sync:sync-now")).click();
      assertEquals("Not found", browser.textOnceItHolds(By.tagName("h1"), "Not found"));
      assertEquals(404, browser.status());
      assertFalse(browser.pageSource().contains("EJBAccessException"));

      List<JsonObject> denied = entries("actor=" + person + "&outcome=denied");
      assertEquals(1, denied.size(), denied.toString());
    }
  }

  @Test
  void aNulInTheWithdrawalReasonIsNamedOnThePageAndNothingIsWritten() throws Exception {
    String person = NewPeople.create("nulpage", "employee");
    try (Browser browser = Browser.open()) {
      browser.go(base + "charter/withdraw.xhtml");
      browser.signInAs(person);
      browser.find(By.id("signed-in-name"));
      browser.go(base + "charter/withdraw.xhtml");
      browser.find(By.id("withdraw-form:reason"));
      browser.script(
          "document.getElementById('withdraw-form:reason').value = 'over\\u0000and out';");
      browser.find(By.id("withdraw-form:withdraw")).click();
      browser.find(By.tagName("h1"));
      assertFalse(browser.findAll(By.id("messages")).isEmpty(), browser.pageSource());
      String message = browser.find(By.id("messages")).getText();
      assertTrue(message.startsWith("Reason"), "the field is named: " + message);
      assertTrue(message.contains("control characters"), message);
      assertEquals(200, browser.status());
    }
    JsonObject status = Api.json(new Api(base).get("me/status", Tokens.of(person))).asJsonObject();
    assertFalse(status.getBoolean("withdrawn"), status.toString());
  }

  @Test
  void openingThePreviewStartsNoDraft() {
    String person = NewPeople.create("hrpreview", "employee", "hr-admin");
    try (Browser browser = Browser.open()) {
      browser.go(base + "hr/charter.xhtml");
      browser.signInAs(person);
      browser.find(By.id("signed-in-name"));
      int versions = browser.findAll(By.cssSelector("#versions tbody tr")).size();
      boolean draftBefore = browser.shows(By.id("draft:groundRules"));

      browser.go(base + "hr/charter-preview.xhtml");
      assertEquals("Preview of the draft", browser.find(By.tagName("h1")).getText());
      if (!draftBefore) {
        assertTrue(browser.find(By.id("no-draft")).isDisplayed());
      }
      browser.go(base + "hr/charter.xhtml");
      assertEquals(versions, browser.findAll(By.cssSelector("#versions tbody tr")).size());
      assertEquals(draftBefore, browser.shows(By.id("draft:groundRules")));
    }
  }

  private List<JsonObject> entries(String query) throws Exception {
    Api api = new Api(base);
    String audrey = Tokens.of("audrey");
    List<JsonObject> entries = new ArrayList<>();
    String cursor = null;
    do {
      HttpResponse<String> page =
          api.get(
              "audit/entries?size=200&" + query + (cursor == null ? "" : "&cursor=" + cursor),
              audrey);
      assertEquals(200, page.statusCode(), page.body());
      JsonObject body = Api.json(page).asJsonObject();
      body.getJsonArray("entries").forEach(e -> entries.add(e.asJsonObject()));
      cursor = body.containsKey("next") ? body.getString("next") : null;
    } while (cursor != null);
    return entries;
  }

  private static UserResource user(Keycloak admin, String username) {
    var users = admin.realm(KeycloakServer.REALM).users();
    return users.get(users.searchByUsername(username, true).get(0).getId());
  }
}
