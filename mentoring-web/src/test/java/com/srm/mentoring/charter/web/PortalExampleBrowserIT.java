package com.srm.mentoring.charter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.PortalExample;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * An employee signs the charter from the corporate portal: the example portal page, served from an
 * origin of its own, signs them in at Keycloak (authorization code flow with PKCE), shows their
 * status and signs through the API, which lets the portal's origin in.
 */
@ExtendWith(SharedApplication.class)
class PortalExampleBrowserIT {

  @ApplicationUrl URL base;

  @Test
  void aNewEmployeeSignsTheCharterFromThePortalWithTheKeyboard() throws Exception {
    String person = NewPeople.create("portal", "employee");
    PortalExample portal = IntegrationEnvironment.portalExample();

    try (Browser browser = Browser.open()) {
      browser.go(portal.address());
      browser.find(By.id("sign-in")).sendKeys(Keys.ENTER);
      browser.signInAs(person);

      String status = browser.textOnceItHolds(By.id("charter-status"), "Not signed");
      assertTrue(status.startsWith("Not signed"), status);
      assertTrue(browser.currentUrl().startsWith(portal.address()), browser.currentUrl());
      assertTrue(
          browser.find(By.id("charter-text")).getText().contains("onfidential"),
          "the charter's text is shown before signing");
      browser.consoleErrors();

      browser.find(By.id("read-charter")).sendKeys(Keys.SPACE);
      browser.find(By.id("sign-charter")).sendKeys(Keys.ENTER);

      status = browser.textOnceItHolds(By.id("charter-status"), "Signed:");
      assertTrue(status.startsWith("Signed: you signed version"), status);
      assertTrue(browser.showsNo(By.id("sign-charter")), "no sign button once signed");
      assertEquals(java.util.List.of(), browser.consoleErrors());
    }

    HttpResponse<String> standing = new Api(base).get("me/status", Tokens.of(person));
    assertEquals(200, standing.statusCode(), standing.body());
    JsonObject json = Api.json(standing).asJsonObject();
    assertTrue(json.getBoolean("current"), json.toString());
    assertEquals(json.getInt("currentVersion"), json.getInt("signedVersion"), json.toString());
  }
}
