package com.srm.mentoring.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.identity.rest.DirectoryIT;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.KeycloakServer;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;

/** A person signs in through the real Keycloak login page in headless Chromium, and out again. */
@ExtendWith(SharedApplication.class)
class SignInBrowserIT {

  @ApplicationUrl URL base;

  @Test
  void junSignsInSeesTheirNameAndSignsOutOfKeycloakToo() {
    try (Browser browser = Browser.open()) {
      browser.go(base + "me.xhtml");
      browser.signInAs("jun");
      // whether the charter comes first depends on what jun signed before; the profile is open
      browser.find(By.id("signed-in-name"));
      browser.go(base + "me.xhtml");

      assertEquals("Jun Takahashi", browser.find(By.id("signed-in-name")).getText());
      assertEquals("Jun Takahashi", browser.find(By.id("display-name")).getText());
      assertTrue(browser.find(By.id("roles")).getText().contains("Employee"));

      browser.find(By.id("sign-out")).click();
      browser.find(By.id("sign-in"));
      assertTrue(browser.currentUrl().startsWith(base.toExternalForm()), browser.currentUrl());

      // Keycloak asks for the password again: its session ended with the application's
      browser.go(base + "me.xhtml");
      assertTrue(browser.find(By.id("username")).isDisplayed(), browser.pageSource());
    }
  }

  @Test
  void anEmployeeFindsNoHrPage() {
    try (Browser browser = Browser.open()) {
      browser.go(base + "me.xhtml");
      browser.signInAs("sam");
      browser.find(By.id("signed-in-name"));
      browser.go(base + "hr/people.xhtml");
      assertEquals("Not found", browser.find(By.tagName("h1")).getText());
    }
  }

  @Test
  void hrAppointsJunAsFacilitatorFromTheHrPageAndKeycloakFollows() {
    try (Browser browser = Browser.open();
        Keycloak admin = Tokens.admin()) {
      browser.go(base + "me.xhtml");
      browser.signInAs("hana");
      browser.find(By.id("nav-hr-people")).click();
      browser.find(By.id("sync:sync-now")).click();
      assertTrue(
          browser
              .textOnceItHolds(By.className("messages"), "Directory synced")
              .contains("Directory synced"));

      // the table shows a page at a time: HR filters it by the sign-in name
      browser.go(base + "hr/people.xhtml?username=jun");
      browser.find(By.cssSelector(".person-jun .appoint-facilitator")).click();
      assertTrue(
          browser
              .textOnceItHolds(By.cssSelector(".person-jun .roles"), "Facilitator")
              .contains("Facilitator"));
      assertTrue(DirectoryIT.groups(DirectoryIT.user(admin, "jun")).contains("facilitator"));

      browser.find(By.cssSelector(".person-jun .remove-facilitator")).click();
      browser.find(By.cssSelector(".person-jun .appoint-facilitator"));
      assertFalse(DirectoryIT.groups(DirectoryIT.user(admin, "jun")).contains("facilitator"));
    }
  }

  @Test
  void someoneTheProgramHasNoRoleForSeesAPolitePage() {
    String username = "visitor" + UUID.randomUUID().toString().substring(0, 6);
    try (Keycloak admin = Tokens.admin()) {
      UserRepresentation visitor = new UserRepresentation();
      visitor.setUsername(username);
      visitor.setFirstName("Vera");
      visitor.setLastName("Visitor");
      visitor.setEmail(username + "@example.org");
      visitor.setEmailVerified(true);
      visitor.setEnabled(true);
      CredentialRepresentation password = new CredentialRepresentation();
      password.setType(CredentialRepresentation.PASSWORD);
      password.setValue("demo");
      password.setTemporary(false);
      visitor.setCredentials(List.of(password));
      admin.realm(KeycloakServer.REALM).users().create(visitor).close();

      try (Browser browser = Browser.open()) {
        browser.go(base + "me.xhtml");
        browser.signInAs(username);
        assertEquals("Welcome", browser.find(By.tagName("h1")).getText());
        assertTrue(browser.pageSource().contains("has no role for you yet"));
        assertFalse(browser.pageSource().contains("id=\"display-name\""));
      }
    }
  }

  @Test
  void signInUsesPkceAndKeycloakInsistsOnIt() throws Exception {
    HttpResponse<String> toSignIn = HttpProbe.get(URI.create(base + "me.xhtml"));
    assertEquals(302, toSignIn.statusCode());
    String authorize = toSignIn.headers().firstValue("Location").orElseThrow();
    assertTrue(authorize.startsWith(IntegrationEnvironment.keycloak().issuer()), authorize);
    assertTrue(authorize.contains("code_challenge_method=S256"), authorize);
    assertTrue(authorize.matches(".*[?&]code_challenge=[A-Za-z0-9_-]{43}(&.*)?"), authorize);

    // the same request without the challenge: the realm refuses to hand out a code
    String withoutChallenge = authorize.replaceAll("&code_challenge(_method)?=[^&]*", "");
    HttpResponse<String> refused = HttpProbe.get(URI.create(withoutChallenge));
    String answer = refused.headers().firstValue("Location").orElse("") + refused.body();
    assertTrue(answer.contains("code_challenge_method"), answer);
    assertFalse(answer.contains("code="), "no code without PKCE");
  }
}
