package com.srm.mentoring.audit.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.Bundles;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * One signed-in person asking again and again for records that are not there: below the limit each
 * refusal answers "not found" and is logged; past it the person is told to slow down (429), and the
 * access log holds one entry saying so instead of one per refusal. Nobody else notices.
 */
@ExtendWith(SharedApplication.class)
class RefusedReadsIT {

  private static final int LIMIT = IntegrationEnvironment.REFUSED_READS_PER_MINUTE;

  @ApplicationUrl URL base;

  @Test
  void pastTheLimitRefusedReadsAnswerTooManyAndTheLogHoldsOneEntryForThem() throws Exception {
    Api api = new Api(base);
    String flooder = NewPeople.create("flood", "employee");
    String token = Tokens.of(flooder);
    CharterSigning.signCurrent(api, token);
    String since = Instant.now().minusSeconds(1).toString();

    // until the first 429: a minute that begins meanwhile counts afresh, so at most two minutes'
    int notFound = 0;
    HttpResponse<String> limited = null;
    for (int asked = 0; asked < 2 * LIMIT + 2 && limited == null; asked++) {
      HttpResponse<String> answer = api.get("concerns/" + UUID.randomUUID(), token);
      if (answer.statusCode() == 429) {
        limited = answer;
      } else {
        assertEquals(404, answer.statusCode(), answer.body());
        notFound++;
      }
    }
    assertTrue(limited != null, "no 429 after " + notFound + " refused reads");
    assertTrue(notFound >= LIMIT, "limited after only " + notFound + " refused reads");
    assertTrue(
        limited.headers().firstValue("Content-Type").orElseThrow().contains("problem+json"),
        limited.headers().toString());
    JsonObject problem = Api.json(limited).asJsonObject();
    assertEquals(429, problem.getInt("status"));
    assertEquals("Too Many Requests", problem.getString("title"));
    int retryAfter = Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    int afterLimit = 10;
    for (int i = 0; i < afterLimit; i++) {
      int status = api.get("concerns/" + UUID.randomUUID(), token).statusCode();
      assertTrue(status == 429 || status == 404, "status " + status);
    }

    // what the person may read, they still read; and another person is refused as ever
    assertEquals(200, api.get("me", token).statusCode());
    String other = NewPeople.create("calm", "employee");
    String otherToken = Tokens.of(other);
    CharterSigning.signCurrent(api, otherToken);
    HttpResponse<String> othersRefusal = api.get("concerns/" + UUID.randomUUID(), otherToken);
    assertEquals(404, othersRefusal.statusCode(), othersRefusal.body());

    List<JsonObject> logged = deniedEntries(flooder, since);
    Map<Instant, Long> perMinute =
        logged.stream()
            .collect(
                Collectors.groupingBy(
                    e -> Instant.parse(e.getString("occurredAt")).truncatedTo(ChronoUnit.MINUTES),
                    Collectors.counting()));
    perMinute.forEach(
        (minute, entries) ->
            assertTrue(entries <= LIMIT + 1, entries + " entries in the minute of " + minute));
    int asked = notFound + 1 + afterLimit;
    assertTrue(logged.size() < asked, logged.size() + " entries for " + asked + " refused reads");
    List<JsonObject> limitEntries =
        logged.stream()
            .filter(e -> "refused reads limited".equals(e.getString("recordType")))
            .toList();
    assertTrue(
        !limitEntries.isEmpty() && limitEntries.size() <= perMinute.size(),
        "one entry a limited minute: " + limitEntries);
    assertEquals("more than " + LIMIT + " in a minute", limitEntries.get(0).getString("recordId"));
    assertEquals(1, deniedEntries(other, since).size(), "the other person's refusal is logged");
  }

  @Test
  void aPageRefusedPastTheLimitSaysToWaitAMinute() throws Exception {
    assertPagesLimited("floodpage", "escalation/concern.xhtml?id=");
  }

  @Test
  void aPageTheContainerRefusesPastTheLimitSaysToWaitAMinuteToo() throws Exception {
    // HR's people page, which the container refuses an employee before any page code runs
    assertPagesLimited("floodhr", "hr/people.xhtml?username=");
  }

  /**
   * A new employee opens pages that are not there for them, each with a fresh address, until the
   * first 429: the ones before are "not found", the one past the limit says to wait a minute.
   */
  private void assertPagesLimited(String prefix, String address) throws Exception {
    String flooder = NewPeople.create(prefix, "employee");
    CharterSigning.signCurrent(new Api(base), Tokens.of(flooder));
    ResourceBundle en = Bundles.exactly(Locale.ROOT);
    try (Browser browser = Browser.open()) {
      browser.go(base + address + UUID.randomUUID());
      browser.signInAs(flooder);
      List<Long> statuses = new ArrayList<>();
      statuses.add(browser.status());
      while (statuses.get(statuses.size() - 1) != 429 && statuses.size() < 2 * LIMIT + 2) {
        browser.go(base + address + UUID.randomUUID());
        statuses.add(browser.status());
      }
      assertEquals(429L, statuses.get(statuses.size() - 1), statuses.toString());
      assertTrue(
          statuses.subList(0, statuses.size() - 1).stream().allMatch(s -> s == 404),
          statuses.toString());
      assertTrue(statuses.size() > LIMIT, "limited after " + statuses.size() + " pages");
      assertEquals(en.getString("error.toomany.title"), browser.find(By.tagName("h1")).getText());
      assertEquals(
          en.getString("error.toomany.text"),
          browser.find(By.className("error-explanation")).getText());
    }
  }

  /** The person's refused accesses since the given time, as the auditor reads them. */
  private List<JsonObject> deniedEntries(String username, String since) throws Exception {
    HttpResponse<String> page =
        new Api(base)
            .get(
                "audit/entries?size=200&outcome=denied&actor=" + username + "&from=" + since,
                Tokens.of("audrey"));
    assertEquals(200, page.statusCode(), page.body());
    return Api.json(page).asJsonObject().getJsonArray("entries").stream()
        .map(e -> e.asJsonObject())
        .toList();
  }
}
