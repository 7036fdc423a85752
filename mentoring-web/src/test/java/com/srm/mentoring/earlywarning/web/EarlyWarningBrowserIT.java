package com.srm.mentoring.earlywarning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.SharedApplication;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Early warnings in headless Chromium against the real Keycloak: farid is told on his home page
 * that a warning appeared, opens the table from there, and is not told again; hana sees only the
 * count for the cohort.
 */
@ExtendWith(SharedApplication.class)
class EarlyWarningBrowserIT {

  @ApplicationUrl URL base;

  @Test
  void aFacilitatorIsToldOnceAndHrSeesOnlyTheCount() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = program.cohort(5, "farid");
    UUID pairing = program.pairing(cohort, "pat", "ravi", "farid");
    String farid = program.token("farid");
    program.token("hana");
    HttpResponse<String> asked =
        api.post("pairings/" + pairing + "/repair-request", program.token("pat"), "");
    assertEquals(200, asked.statusCode(), asked.body());
    awaitNotice(api, farid, pairing);

    try (Browser browser = Browser.open()) {
      browser.go(base + "me.xhtml"); // not the warnings page: opening it is looking at them
      browser.signInAs("farid");
      browser.go(base + "index.xhtml");
      String notice = browser.find(By.id("early-warnings-new")).getText();
      assertTrue(
          notice.matches("(A new early warning|\\d+ new early warnings) on your pairings\\."),
          notice);
      browser.find(By.cssSelector("#early-warnings-new a")).click();
      browser.find(By.id("warnings"));
      assertFalse(
          browser.findAll(By.cssSelector("tr.warning-" + pairing + "-REPAIR_REQUESTED")).isEmpty(),
          () -> browser.currentUrl() + "\n" + browser.pageSource());
      String row =
          browser.find(By.cssSelector("tr.warning-" + pairing + "-REPAIR_REQUESTED")).getText();
      assertTrue(row.contains("A re-pair was requested"), row);
      assertTrue(row.contains("New"), "marked new on the first look: " + row);

      browser.go(base + "index.xhtml");
      browser.find(By.id("early-warnings-link"));
      assertTrue(
          browser.findAll(By.id("early-warnings-new")).isEmpty(), "looked at: not told again");
      browser.go(base + "earlywarning/warnings.xhtml");
      String again =
          browser.find(By.cssSelector("tr.warning-" + pairing + "-REPAIR_REQUESTED")).getText();
      assertFalse(again.contains("New"), again);
    }

    try (Browser browser = Browser.open()) {
      browser.go(base + "hr/early-warnings.xhtml");
      browser.signInAs("hana");
      browser.find(By.cssSelector("tr.cohort-" + cohort));
      List<String> cells =
          browser.findAll(By.cssSelector("tr.cohort-" + cohort + " td")).stream()
              .map(cell -> cell.getText().strip())
              .toList();
      assertEquals(List.of("Pulse " + cohort, "1", "0", "0", "1", "0"), cells);
      assertFalse(browser.pageSource().contains(pairing.toString()), "counts only");
    }
  }

  private static void awaitNotice(Api api, String token, UUID pairing) throws Exception {
    Instant until = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(until)) {
      boolean notified =
          Api.json(api.get("me/early-warnings/unseen", token)).asJsonArray().stream()
              .map(JsonValue::asJsonObject)
              .anyMatch(w -> w.getString("pairingId").equals(pairing.toString()));
      if (notified) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the re-pair request was not notified within 30 seconds");
  }
}
