package com.srm.mentoring.analytics.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * What HR types as a cohort's name is text wherever the dashboard shows it, its charts' script
 * included: markup in a name neither ends the script nor takes the page anywhere.
 */
@ExtendWith(SharedApplication.class)
class CohortNameBrowserIT {

  private static final String MARKUP =
      "</script><meta http-equiv=\"refresh\" content=\"0;url=about:blank\">";

  @ApplicationUrl URL base;

  @Test
  void aCohortNamedWithMarkupShowsAsTextAndTheDashboardStays() throws Exception {
    Api api = new Api(base);
    String hana = Tokens.of("hana");
    CharterSigning.signCurrent(api, hana);
    // the cohort's facilitator and contact are known to the application once they have called
    // it, whatever ran before this test
    for (String person : new String[] {"farid", "erin"}) {
      CharterSigning.signCurrent(api, Tokens.of(person));
    }
    String name = MARKUP + " " + UUID.randomUUID().toString().substring(0, 8);
    String body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("startsOn", "2027-03-01")
            .add("endsOn", "2027-06-30")
            .add("facilitators", Json.createArrayBuilder().add("farid"))
            .add("escalationContacts", Json.createArrayBuilder().add("erin"))
            .build()
            .toString();
    HttpResponse<String> created = api.post("cohorts", hana, body);
    assertEquals(201, created.statusCode(), created.body());

    try (Browser browser = Browser.open()) {
      String dashboard = base + "hr/analytics.xhtml";
      browser.go(dashboard);
      browser.signInAs("hana");
      browser.find(By.id("participation-chart"));
      // the chart drew, with the name among its labels: the script ran to its end
      Object labels =
          Await.until(
              () ->
                  browser.script(
                      "var c = document.querySelector('#participation-chart canvas');"
                          + " var chart = c && window.Chart && Chart.getChart(c);"
                          + " return chart ? chart.data.labels : null;"),
              found -> found instanceof List<?> list && list.contains(name),
              "the participation chart labelled with the name");
      assertTrue(((List<?>) labels).contains(name), String.valueOf(labels));

      assertTrue(
          browser.find(By.id("participation")).getText().contains(name), "the table shows it");
      assertEquals(
          0L,
          browser.script("return document.querySelectorAll('meta[http-equiv]').length;"),
          "no meta element came from the name");
      assertTrue(browser.currentUrl().startsWith(dashboard), browser.currentUrl());
      assertEquals(
          "Program dashboard",
          browser.find(By.tagName("h1")).getText(),
          "the page stayed where it was");
      List<String> refused =
          browser.consoleErrors().stream()
              .filter(e -> e.contains("Content Security Policy") || e.contains("Uncaught"))
              .toList();
      assertEquals(List.of(), refused, "no script was refused by the policy or failed");
    }
  }

  @Test
  void thePolicyLetsFormsPostOnlyToTheApplicationAndKeycloakAndForbidsABase() throws Exception {
    HttpResponse<String> landing = HttpProbe.get(URI.create(base.toExternalForm()));
    String policy = landing.headers().firstValue("Content-Security-Policy").orElseThrow();
    URI keycloak = URI.create(IntegrationEnvironment.keycloak().baseUrl());
    String keycloakOrigin =
        keycloak.getScheme() + "://" + keycloak.getHost() + ":" + keycloak.getPort();
    assertTrue(policy.contains("form-action 'self' " + keycloakOrigin + ";"), policy);
    assertTrue(policy.contains("base-uri 'none'"), policy);
  }
}
