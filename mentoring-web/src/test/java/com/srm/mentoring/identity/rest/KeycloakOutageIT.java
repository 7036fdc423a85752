package com.srm.mentoring.identity.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Keycloak down: the node stays ready and says in its health data that sign-in is out; people
 * already signed in keep working; sign-in shows a clear page; the directory's admin calls fail fast
 * once the circuit breaker has opened; nothing is let through that would be refused otherwise.
 */
@ExtendWith(SharedApplication.class)
class KeycloakOutageIT {

  @ApplicationUrl URL base;

  @Test
  void keycloakDownKeepsSignedInPeopleWorkingAndLetsNothingThrough() throws Exception {
    Api api = new Api(base);
    String hana = Tokens.of("hana");
    String employee = NewPeople.create("outage", "employee");
    String employeeToken = Tokens.of(employee);
    CharterSigning.signCurrent(api, employeeToken);
    assertEquals(200, api.post("directory/sync", hana, "").statusCode());
    String peopleBefore = api.get("directory/people", hana).body();
    Path log = IntegrationEnvironment.applicationLog();
    long logBefore = Files.size(log);

    try (Browser browser = Browser.open()) {
      browser.go(base + "me.xhtml");
      browser.signInAs(employee);
      browser.find(By.id("signed-in-name"));
      String cookie = browser.sessionCookie();

      IntegrationEnvironment.stopKeycloak();
      try {
        // the application keeps Keycloak's state for five seconds, so that probes do not hammer it
        URI ready = URI.create(base.toExternalForm()).resolve("/health/ready");
        String readiness =
            Await.until(
                () -> {
                  HttpResponse<String> answer = HttpProbe.get(ready);
                  return answer.statusCode() + " " + answer.body();
                },
                r -> r.contains("unavailable"),
                "readiness reporting Keycloak unreachable");
        assertTrue(readiness.startsWith("200 "), readiness);
        assertTrue(readiness.matches("(?s).*\"reachable\":\\s*\"?false.*"), readiness);
        assertTrue(readiness.matches("(?s).*\"sign-in\":\\s*\"unavailable\".*"), readiness);

        // signed in before: the page session and the bearer token both keep working
        HttpResponse<String> page =
            HttpProbe.send(
                HttpRequest.newBuilder(URI.create(base + "me.xhtml")).header("Cookie", cookie));
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("signed-in-name"), page.body());
        assertEquals(peopleBefore, api.get("directory/people", hana).body());

        // nothing fails open: a forged token and a role the caller lacks are refused as before
        String forged = hana.substring(0, hana.length() - 4) + "AAAA";
        assertEquals(401, api.get("directory/people", forged).statusCode());
        assertNotEquals(200, api.get("directory/people", employeeToken).statusCode());

        // nobody new can sign in, and the page says why
        HttpResponse<String> signIn =
            HttpProbe.get(URI.create(base + "me.xhtml?outage=" + System.nanoTime()));
        assertEquals(503, signIn.statusCode(), signIn.body());
        assertTrue(signIn.body().contains("<h1>Sign-in service unavailable</h1>"), signIn.body());

        // the directory's admin calls are refused; after a few, without asking Keycloak at all
        for (int i = 0; i < 6; i++) {
          HttpResponse<String> sync = api.post("directory/sync", hana, "");
          assertEquals(503, sync.statusCode(), sync.body());
          assertTrue(sync.body().contains("\"failure\""), sync.body());
        }
        assertEquals(peopleBefore, api.get("directory/people", hana).body());
        String logged = logSince(log, logBefore);
        assertTrue(logged.contains("CircuitBreakerOpenException"), logged);
      } finally {
        IntegrationEnvironment.restartKeycloak();
      }
    }
    // the circuit breaker lets a trial call through after its delay, and the sync works again
    String token = Tokens.of("hana");
    Await.until(
        () -> api.post("directory/sync", token, "").statusCode(),
        status -> status == 200,
        "the directory sync working again",
        Duration.ofMinutes(1),
        Duration.ofSeconds(2));
  }

  private static String logSince(Path log, long offset) throws Exception {
    byte[] all = Files.readAllBytes(log);
    return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
  }
}
