package com.srm.mentoring.analytics.rest;

import static com.srm.mentoring.analytics.rest.AnalyticsData.ago;
import static com.srm.mentoring.analytics.rest.AnalyticsData.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard over REST with real tokens and the real database: its figures on a small program
 * counted by hand, and who sees which cohorts.
 */
@ExtendWith(SharedApplication.class)
public class AnalyticsIT {

  @ApplicationUrl URL base;

  /** Two cohorts with k = 3: the first facilitated by farid, the second by nobody. */
  public record Known(UUID followed, UUID other) {}

  /**
   * The first cohort, by hand: 4 pairings; sessions 4 planned (one more cancelled), 3 held; 5
   * parties attended held sessions, 3 answered; one pairing quiet (its only held session 40 days
   * ago); one withdrawal (2026-10-15) and two re-pair requests (2026-10-01, 2026-11-05); seniors
   * rated 4, 3, 5 and juniors 5, 4, 2, all released; two released answers, fewer than k. The second
   * cohort: one pairing, nothing else but four released answers.
   */
  public static Known known(Api api, PulseProgram program) throws Exception {
    AnalyticsData.awaitKnown(
        api, "farid", "hana", "victor", "jun", "fiona", "mia", "olga", "nora", "pat", "ravi", "tom",
        "ken");
    AnalyticsData data = new AnalyticsData(program);
    UUID followed = program.cohort(3, "farid");
    UUID other = program.cohort(3);
    Duration days60 = Duration.ofDays(60);

    UUID p1 = data.pairing(followed, "victor", "jun", ago(days60));
    UUID s1 = data.session(p1, "HELD", ago(Duration.ofDays(10)), "victor", "jun");
    data.session(p1, "PLANNED", ago(Duration.ofDays(-7)));
    data.session(p1, "CANCELLED", ago(Duration.ofDays(3)));
    data.rate(followed, p1, 4, 5);

    UUID p2 = data.pairing(followed, "fiona", "mia", ago(days60));
    UUID s4 = data.session(p2, "HELD", ago(Duration.ofDays(40)), "fiona", "mia");
    data.requestRepair(p2, at("2026-11-05T10:00:00Z"));
    data.rate(followed, p2, 3, 4);

    // people of this program's own: a withdrawal counts in every cohort its person was paired in
    String leaving = NewPeople.create("leaving", "employee");
    String staying = NewPeople.create("staying", "employee");
    UUID p3 = data.pairing(followed, leaving, staying, at("2026-09-01T10:00:00Z"));
    data.session(p3, "HELD", at("2026-09-20T10:00:00Z"), leaving);
    data.requestRepair(p3, at("2026-10-01T10:00:00Z"));
    data.withdraw(p3, leaving, at("2026-10-15T10:00:00Z"));
    data.rate(followed, p3, 5, 2);

    data.pairing(followed, "pat", "ravi", ago(Duration.ofDays(2)));

    data.answered(followed, s1, "victor", "MENTOR");
    data.answered(followed, s1, "jun", "MENTEE");
    data.answered(followed, s4, "mia", "MENTEE");
    AnalyticsData.answer(followed, "MENTOR", 5, 5, 5);
    AnalyticsData.answer(followed, "MENTEE", 1, 1, 1);

    data.pairing(other, "tom", "ken", ago(days60));
    AnalyticsData.answer(other, "MENTOR", 1, 5, 2);
    AnalyticsData.answer(other, "MENTOR", 2, 5, 2);
    AnalyticsData.answer(other, "MENTEE", 3, 5, 4);
    AnalyticsData.answer(other, "MENTEE", 4, 5, 4);
    return new Known(followed, other);
  }

  static Optional<JsonObject> row(JsonArray rows, UUID cohort) {
    return rows.stream()
        .map(JsonObject.class::cast)
        .filter(r -> cohort.toString().equals(r.getString("cohortId")))
        .findFirst();
  }

  @Test
  void theFiguresOfASmallProgramAreTheOnesCountedByHand() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    Known known = known(api, program);
    String hana = program.token("hana");

    HttpResponse<String> listed = api.get("analytics/cohorts", hana);
    assertEquals(200, listed.statusCode(), listed.body());
    JsonObject a = row(Api.json(listed).asJsonArray(), known.followed()).orElseThrow();
    assertEquals(3, a.getInt("threshold"));
    assertEquals(4, a.getInt("pairings"));
    assertEquals(4, a.getInt("sessionsPlanned"));
    assertEquals(3, a.getInt("sessionsHeld"));
    assertEquals(5, a.getInt("answersDue"));
    assertEquals(3, a.getInt("answersGiven"));
    assertEquals(1, a.getInt("quietPairings"));
    assertEquals(1, a.getInt("withdrawals"));
    assertEquals(2, a.getInt("repairRequests"));
    // two answers, fewer than k: marked, and no number at all
    assertEquals(Json.of("{\"suppressed\":true}"), a.getJsonObject("answers"), "answers: " + a);
    JsonObject senior = a.getJsonObject("seniorRating");
    assertFalse(senior.getBoolean("suppressed"), a.toString());
    assertEquals(3, senior.getInt("raters"));
    assertEquals(4.0, senior.getJsonNumber("mean").doubleValue(), 0.001);
    JsonObject junior = a.getJsonObject("juniorRating");
    assertEquals(3, junior.getInt("raters"));
    assertEquals(3.7, junior.getJsonNumber("mean").doubleValue(), 0.001, "11 / 3 to one decimal");

    JsonObject b = row(Api.json(listed).asJsonArray(), known.other()).orElseThrow();
    assertEquals(1, b.getInt("pairings"));
    assertEquals(0, b.getInt("sessionsPlanned"));
    assertEquals(1, b.getInt("quietPairings"), "formed 60 days ago and never met");
    JsonObject answers = b.getJsonObject("answers");
    assertFalse(answers.getBoolean("suppressed"), b.toString());
    assertEquals(4, answers.getInt("answers"));
    assertEquals(2.5, answers.getJsonNumber("spokeOpenly").doubleValue(), 0.001);
    assertEquals(5.0, answers.getJsonNumber("feltHeard").doubleValue(), 0.001);
    assertEquals(3.0, answers.getJsonNumber("wouldRecommend").doubleValue(), 0.001);
    assertEquals(Json.of("{\"suppressed\":true}"), b.getJsonObject("seniorRating"));

    HttpResponse<String> monthly = api.get("analytics/cohorts/" + known.followed(), hana);
    assertEquals(200, monthly.statusCode(), monthly.body());
    assertEquals(
        Json.of(
            "[{\"period\":\"2026-10\",\"repairRequests\":1,\"withdrawals\":1},"
                + "{\"period\":\"2026-11\",\"repairRequests\":1,\"withdrawals\":0}]"),
        Api.json(monthly).asJsonObject().getJsonArray("overTime"));
    HttpResponse<String> weekly =
        api.get("analytics/cohorts/" + known.followed() + "?period=week", hana);
    assertEquals(
        List.of("2026-W40", "2026-W42", "2026-W45"),
        Api.json(weekly).asJsonObject().getJsonArray("overTime").stream()
            .map(p -> p.asJsonObject().getString("period"))
            .toList());

    HttpResponse<String> wrong = api.get("analytics/across?period=fortnight", hana);
    assertEquals(400, wrong.statusCode(), wrong.body());
    assertTrue(wrong.body().contains("period"), wrong.body());

    String openapi = HttpProbe.send(HttpRequest.newBuilder(URI.create(base + "openapi"))).body();
    assertTrue(openapi.contains("/analytics/cohorts"), "in the OpenAPI document");
  }

  @Test
  void hrSeesEveryCohortAFacilitatorOnlyTheirsAndEveryoneElseNothingLogged() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    Known known = known(api, program);
    String since = Instant.now().minusSeconds(1).toString();

    JsonArray hr = Api.json(api.get("analytics/cohorts", program.token("hana"))).asJsonArray();
    assertTrue(row(hr, known.followed()).isPresent());
    assertTrue(row(hr, known.other()).isPresent());

    String farid = program.token("farid");
    JsonArray facilitator = Api.json(api.get("analytics/cohorts", farid)).asJsonArray();
    assertTrue(row(facilitator, known.followed()).isPresent(), facilitator.toString());
    assertFalse(row(facilitator, known.other()).isPresent(), facilitator.toString());
    assertEquals(200, api.get("analytics/cohorts/" + known.followed(), farid).statusCode());
    HttpResponse<String> notTheirs = api.get("analytics/cohorts/" + known.other(), farid);
    assertEquals(404, notTheirs.statusCode(), notTheirs.body());
    HttpResponse<String> across = api.get("analytics/across", farid);
    assertEquals(200, across.statusCode(), across.body());
    assertTrue(
        Api.json(across).asJsonObject().getJsonArray("trend").isEmpty(),
        "the micro-questions across all cohorts are HR's only");

    String jun = program.token("jun");
    HttpResponse<String> employee = api.get("analytics/cohorts", jun);
    assertEquals(404, employee.statusCode(), employee.body());
    assertTrue(employee.body().contains("\"status\""), "a problem detail: " + employee.body());
    assertEquals(404, api.get("analytics/cohorts/" + known.followed(), jun).statusCode());

    assertEquals(
        1,
        denied("actor=farid&recordType=analytics&recordId=" + known.other(), since).size(),
        "the facilitator's refusal names the cohort");
    assertFalse(denied("actor=jun", since).isEmpty(), "the employee's refusal is logged");
    assertFalse(
        entries("actor=hana&recordType=analytics&outcome=granted", since).isEmpty(),
        "reads are logged");
  }

  private List<JsonObject> denied(String query, String since) throws Exception {
    return entries("outcome=denied&" + query, since);
  }

  private List<JsonObject> entries(String query, String since) throws Exception {
    HttpResponse<String> page =
        new Api(base)
            .get("audit/entries?size=100&from=" + since + "&" + query, Tokens.of("audrey"));
    assertEquals(200, page.statusCode(), page.body());
    return Api.json(page).asJsonObject().getJsonArray("entries").stream()
        .map(e -> e.asJsonObject())
        .toList();
  }

  /** JSON text as a value, for comparing whole objects. */
  static final class Json {
    private Json() {}

    static jakarta.json.JsonValue of(String text) {
      try (jakarta.json.JsonReader reader =
          jakarta.json.Json.createReader(new java.io.StringReader(text))) {
        return reader.readValue();
      }
    }
  }
}
