package com.srm.mentoring.pairing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The end-of-pairing rating on the pairing's page: a pairing of its own cohort is set up and its
 * first session held over REST; while it runs nobody can rate; once it is ended over REST the
 * senior rates the objective in the page and sees their rating, the junior sees only their own; a
 * rating is final, the page offers no form after it and the API refuses a second one.
 */
@ExtendWith(SharedApplication.class)
class RatingBrowserIT {

  @ApplicationUrl URL base;

  static JsonObject ok(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    return Api.json(response).asJsonObject();
  }

  @Test
  void eachPartySeesOnlyTheirOwnRatingOfTheObjective() throws Exception {
    Api api = new Api(base);
    for (String person : new String[] {"hana", "farid", "erin", "jun", "sam"}) {
      CharterSigning.signCurrent(api, Tokens.of(person));
    }
    String hana = Tokens.of("hana");
    String cohort =
        ok(
                201,
                api.post(
                    "cohorts",
                    hana,
                    """
                    {"name": "Rating %s", "startsOn": "2027-03-01", "endsOn": "2027-06-30",
                     "facilitators": ["farid"], "escalationContacts": ["erin"]}"""
                        .formatted(UUID.randomUUID())))
            .getString("id");
    String pairing =
        ok(
                201,
                api.post(
                    "cohorts/" + cohort + "/pairings",
                    hana,
                    "{\"mentor\": \"jun\", \"mentee\": \"sam\", \"facilitator\": \"farid\"}"))
            .getString("id");
    String session =
        ok(
                201,
                api.post(
                    "pairings/" + pairing + "/sessions",
                    Tokens.of("jun"),
                    "{\"startsAt\": \"%s\"}"
                        .formatted(Instant.now().plus(3, ChronoUnit.DAYS).toString())))
            .getString("id");
    ok(
        200,
        api.put(
            "pairings/" + pairing + "/objective",
            Tokens.of("sam"),
            "{\"text\": \"I will learn how juniors plan their week.\"}"));
    ok(
        200,
        api.post(
            "sessions/" + session + "/held",
            Tokens.of("farid"),
            "{\"attended\": [\"jun\", \"sam\"]}"));
    // held but still running: nothing to rate yet, neither in the page nor over REST
    try (Browser sam = Browser.open()) {
      sam.go(base + "program/pairing.xhtml?id=" + pairing);
      sam.signInAs("sam");
      assertTrue(sam.find(By.id("objective-locked")).isDisplayed(), "the session was held");
      assertFalse(sam.pageSource().contains("rating-form"), "no rating while the pairing runs");
    }
    HttpResponse<String> early =
        api.post("pairings/" + pairing + "/rating", Tokens.of("jun"), "{\"rating\": 3}");
    assertEquals(409, early.statusCode(), early.body());
    assertTrue(early.body().contains("once the pairing has ended"), early.body());
    JsonObject unrated = ok(200, api.get("pairings/" + pairing, Tokens.of("jun")));
    assertTrue(!unrated.containsKey("myRating") || unrated.isNull("myRating"), "nothing written");
    ok(200, api.post("pairings/" + pairing + "/ending", hana, "{}"));
    // the junior rates first, over REST: the senior's page must not give it away
    ok(200, api.post("pairings/" + pairing + "/rating", Tokens.of("jun"), "{\"rating\": 2}"));

    try (Browser sam = Browser.open()) {
      sam.go(base + "program/pairing.xhtml?id=" + pairing);
      sam.signInAs("sam");
      assertTrue(sam.find(By.id("my-rating")).getText().contains("not rated"), sam.pageSource());
      sam.find(By.xpath("//*[@id='rating-form:rating']//label[starts-with(., '4')]")).click();
      sam.find(By.id("rating-form:rate")).click();
      assertTrue(
          sam.textOnceItHolds(By.id("messages"), "rating is saved").contains("rating is saved"));
      assertEquals(
          "Your rating: 4 of 5.", sam.textOnceItHolds(By.id("my-rating"), "Your rating: 4 of 5."));
      assertFalse(sam.pageSource().contains("2 of 5"), "the junior's rating stays hidden");
      assertTrue(sam.showsNo(By.id("rating-form:rate")), "rated once, no form any more");
      List<String> refused =
          sam.consoleErrors().stream()
              .filter(e -> e.contains("Content Security Policy") || e.contains("Uncaught"))
              .toList();
      assertEquals(List.of(), refused, "no script was refused by the policy or failed");
    }
    assertEquals(
        4,
        ok(200, api.get("pairings/" + pairing, Tokens.of("sam"))).getInt("myRating"),
        "the page saved through the same boundary as REST");

    try (Browser jun = Browser.open()) {
      jun.go(base + "program/pairing.xhtml?id=" + pairing);
      jun.signInAs("jun");
      assertEquals("Your rating: 2 of 5.", jun.find(By.id("my-rating")).getText());
      assertFalse(jun.pageSource().contains("4 of 5"), "the senior's rating stays hidden");
      assertFalse(jun.pageSource().contains("rating-form"), "a rating is final: no form again");
      assertTrue(jun.find(By.id("rating-final")).getText().contains("final"));
    }
    HttpResponse<String> again =
        api.post("pairings/" + pairing + "/rating", Tokens.of("jun"), "{\"rating\": 5}");
    assertEquals(422, again.statusCode(), again.body());
    assertTrue(again.body().contains("rating: you have already rated"), again.body());
    assertEquals(
        2,
        ok(200, api.get("pairings/" + pairing, Tokens.of("jun"))).getInt("myRating"),
        "the first rating stays");

    try (Browser farid = Browser.open()) {
      farid.go(base + "program/pairing.xhtml?id=" + pairing);
      farid.signInAs("farid");
      assertFalse(farid.pageSource().contains("rating-form"), "only the two parties rate");
    }
  }
}
