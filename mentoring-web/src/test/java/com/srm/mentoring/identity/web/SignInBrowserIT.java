package com.srm.mentoring.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A person signs in through the real Keycloak login page in headless Chromium, and out again. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  @Test
  void junSignsInSeesTheirNameAndSignsOutOfKeycloakToo() {
    try (Browser browser = Browser.open()) {
      browser.go(base + "me.xhtml");
      signInAs(browser, "jun");

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

  static void signInAs(Browser browser, String username) {
    browser.find(By.id("username")).sendKeys(username);
    browser.find(By.id("password")).sendKeys("demo");
    browser.find(By.id("kc-login")).click();
  }
}
