package com.srm.mentoring.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.identity.rest.DirectoryIT;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;

/**
 * A person the directory disabled stays out, although the token they had and their browser session
 * are still valid: neither makes the record active again. Enabled again, they are back with a new
 * token.
 */
@ExtendWith(SharedApplication.class)
class DisabledPersonIT {

  @ApplicationUrl URL base;

  @Test
  void aPersonDisabledInTheDirectoryIsRefusedWithTheirEarlierTokenAndSession() throws Exception {
    Api api = new Api(base);
    // a person of this test's own: disabling a demo person would end their demo pairings
    String name = NewPeople.create("disabled", "employee");
    String earlier = Tokens.of(name);
    assertEquals(200, api.get("me", earlier).statusCode());
    try (Keycloak admin = Tokens.admin();
        Browser browser = Browser.open()) {
      UserResource person = DirectoryIT.user(admin, name);
      browser.go(base + "me.xhtml");
      browser.signInAs(name);
      browser.find(By.id("signed-in-name"));
      browser.go(base + "me.xhtml");
      assertEquals("Test", browser.find(By.id("display-name")).getText().split(" ")[0]);
      try {
        enabled(person, false);
        assertTrue(sync().getJsonArray("deactivated").toString().contains("\"" + name + "\""));

        for (String path : new String[] {"me", "me/status", "charter/current", "cohorts"}) {
          HttpResponse<String> refused = api.get(path, earlier);
          assertEquals(401, refused.statusCode(), path + ": " + refused.body());
        }
        assertEquals(401, api.post("me/withdrawal", earlier, "{}").statusCode());
        assertFalse(person(name).getBoolean("active"), "the earlier token did not revive them");

        for (String page : new String[] {"me.xhtml", "charter.xhtml", "charter/withdraw.xhtml"}) {
          browser.go(base + page);
          assertEquals("Welcome", browser.find(By.tagName("h1")).getText(), page);
          assertTrue(browser.pageSource().contains("has no role for you yet"), page);
          assertFalse(browser.pageSource().contains("id=\"display-name\""), page);
        }
      } finally {
        enabled(person, true);
        sync();
      }
      HttpResponse<String> back = api.get("me", Tokens.of(name));
      assertEquals(200, back.statusCode(), back.body());
      assertTrue(Api.json(back).asJsonObject().getBoolean("active"));
      browser.go(base + "me.xhtml");
      assertTrue(browser.find(By.id("display-name")).getText().startsWith("Test"));
    }
  }

  static void enabled(UserResource user, boolean enabled) {
    UserRepresentation now = user.toRepresentation();
    now.setEnabled(enabled);
    user.update(now);
  }

  JsonObject sync() throws Exception {
    HttpResponse<String> report = new Api(base).post("directory/sync", Tokens.of("hana"), "");
    assertEquals(200, report.statusCode(), report.body());
    return Api.json(report).asJsonObject();
  }

  JsonObject person(String username) throws Exception {
    var people = Api.json(new Api(base).get("directory/people", Tokens.of("hana"))).asJsonArray();
    return people.stream()
        .map(p -> p.asJsonObject())
        .filter(p -> p.getString("username").equals(username))
        .findFirst()
        .orElseThrow();
  }
}
