package com.srm.mentoring.analytics.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.SharedApplication;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HR reads the dashboard after every single rating of objectives in a cohort of its own, given
 * through the real API. If a figure changed by fewer than k ratings, HR would learn what the people
 * who rated in between said: the ratings must join the figures in whole batches of k, and none may
 * be changed afterwards.
 */
@ExtendWith(SharedApplication.class)
class RatingBatchesIT {

  static final int K = 3;

  @ApplicationUrl URL base;

  /** A pairing of the test's own, ended, so that its parties may rate. */
  record Ended(UUID id, String mentor, String mentee) {}

  @Test
  void hrSeesRatingsOnlyInWholeBatchesOfKAndNobodyRatesTwice() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    String hana = program.token("hana");
    UUID cohort = program.cohort(K, "farid");
    List<Ended> pairings =
        ended(program, api, hana, cohort, "jun", "victor", "mia", "fiona", "ken", "sam");
    int[] values = {4, 5, 2};

    JsonObject open =
        Api.json(api.get("pairings/" + pairings.get(0).id(), program.token("victor")))
            .asJsonObject();
    assertTrue(open.getBoolean("mayRate"), "ended and not rated yet: " + open);

    JsonObject before = ratings(api, hana, cohort);
    assertEquals(suppressed(), before, "nobody has rated yet");

    for (int i = 0; i < K - 1; i++) {
      Ended p = pairings.get(i);
      assertEquals(200, rate(api, program, p.mentee(), p.id(), values[i]).statusCode());
      assertEquals(before, ratings(api, hana, cohort), "after " + (i + 1) + " rating(s)");
    }
    refusedAsFinal(rate(api, program, "victor", pairings.get(0).id(), 1));

    // A release round that could have released the k-1 ratings: a second cohort's seniors rate k
    // times after them, and a round that releases those has seen these waiting too, since it
    // reads every group at once.
    UUID control = program.cohort(K, "farid");
    for (Ended p :
        ended(program, api, hana, control, "nora", "olga", "ravi", "pat", "tom", "lena")) {
      assertEquals(200, rate(api, program, p.mentee(), p.id(), 3).statusCode());
    }
    JsonObject released =
        Await.until(
            () -> ratings(api, hana, control),
            r -> !r.getJsonObject("seniorRating").getBoolean("suppressed"),
            "the release of the second cohort's ratings");
    assertEquals(K, released.getJsonObject("seniorRating").getInt("raters"), released.toString());
    assertEquals(
        before,
        ratings(api, hana, cohort),
        "a round that released another cohort's batch left k-1 ratings waiting");
    assertEquals(K - 1, held(cohort), "still waiting, mixed or not");

    Ended last = pairings.get(K - 1);
    assertEquals(200, rate(api, program, last.mentee(), last.id(), values[K - 1]).statusCode());
    JsonObject after =
        Await.until(
            () -> ratings(api, hana, cohort),
            r -> !r.getJsonObject("seniorRating").getBoolean("suppressed"),
            "the release of the cohort's k ratings");
    JsonObject seniors = after.getJsonObject("seniorRating");
    assertEquals(K, seniors.getInt("raters"), after.toString());
    assertEquals(3.7, seniors.getJsonNumber("mean").doubleValue(), 0.001, "4, 5, 2 to one decimal");
    assertEquals(before.getJsonObject("juniorRating"), after.getJsonObject("juniorRating"));
    assertEquals(0, held(cohort), "released whole");

    refusedAsFinal(rate(api, program, "fiona", pairings.get(1).id(), 1));
    JsonObject own =
        Api.json(api.get("pairings/" + pairings.get(1).id(), program.token("fiona")))
            .asJsonObject();
    assertEquals(5, own.getInt("myRating"), "the first rating stays");
    assertFalse(own.getBoolean("mayRate"), "and the API offers no second one");
    assertEquals(after, ratings(api, hana, cohort), "a refused rating changes no figure");

    Set<String> columns = Set.of("id", "cohort_id", "respondent_role", "rating");
    assertEquals(columns, columns("rating_holding"), "no person, pairing or time is held");
    assertEquals(columns, columns("rating_released"), "nor released");
  }

  private static void refusedAsFinal(HttpResponse<String> again) {
    assertEquals(422, again.statusCode(), again.body());
    String detail = Api.json(again).asJsonObject().getString("detail");
    assertTrue(detail.startsWith("rating: "), detail);
    assertTrue(detail.contains("final"), detail);
  }

  /** Pairings of mentor and mentee, two names each, formed in the cohort and ended by HR. */
  private static List<Ended> ended(
      PulseProgram program, Api api, String hana, UUID cohort, String... people) throws Exception {
    List<Ended> pairings = new ArrayList<>();
    for (int i = 0; i < people.length; i += 2) {
      UUID id = program.pairing(cohort, people[i], people[i + 1], "farid");
      HttpResponse<String> ending = api.post("pairings/" + id + "/ending", hana, "{}");
      assertEquals(200, ending.statusCode(), ending.body());
      pairings.add(new Ended(id, people[i], people[i + 1]));
    }
    return pairings;
  }

  private static HttpResponse<String> rate(
      Api api, PulseProgram program, String person, UUID pairing, int rating) throws Exception {
    return api.post(
        "pairings/" + pairing + "/rating", program.token(person), "{\"rating\": " + rating + "}");
  }

  /** The cohort's two rating figures as HR's dashboard shows them. */
  private static JsonObject ratings(Api api, String hana, UUID cohort) throws Exception {
    HttpResponse<String> listed = api.get("analytics/cohorts", hana);
    assertEquals(200, listed.statusCode(), listed.body());
    JsonObject row = AnalyticsIT.row(Api.json(listed).asJsonArray(), cohort).orElseThrow();
    return Json.createObjectBuilder()
        .add("seniorRating", row.getJsonObject("seniorRating"))
        .add("juniorRating", row.getJsonObject("juniorRating"))
        .build();
  }

  private static JsonObject suppressed() {
    JsonObject none = Json.createObjectBuilder().add("suppressed", true).build();
    return Json.createObjectBuilder().add("seniorRating", none).add("juniorRating", none).build();
  }

  private static long held(UUID cohort) throws Exception {
    return PulseProgram.count(
        "SELECT (SELECT count(*) FROM rating_holding WHERE cohort_id = ?)"
            + " + (SELECT count(*) FROM rating_inbox WHERE cohort_id = ?)",
        cohort,
        cohort);
  }

  private static Set<String> columns(String table) throws Exception {
    Set<String> names = new TreeSet<>();
    try (Connection c = PulseProgram.database().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
    }
    return names;
  }
}
