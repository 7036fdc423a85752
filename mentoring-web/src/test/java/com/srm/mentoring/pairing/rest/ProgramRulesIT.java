package com.srm.mentoring.pairing.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The program's own rules over REST, through the flows people use: the first session waits for the
 * senior's objective; HR pauses a pairing (carrying out a step-3 adjustment, or directly) and
 * resumes it; a change of format is recorded on the pairing; a withdrawal counts in every cohort
 * the person was paired in. Each test forms its own cohorts and pairings.
 */
@ExtendWith(SharedApplication.class)
class ProgramRulesIT {

  @ApplicationUrl URL base;

  final Map<String, String> tokens = new HashMap<>();

  Api api() {
    return new Api(base);
  }

  /** A token of the person, who is known to the application and signed the charter in force. */
  String as(String username) throws Exception {
    String token = tokens.get(username);
    if (token == null) {
      token = Tokens.of(username);
      // a person created for the test becomes known with their first call
      api().get("me", token);
      CharterSigning.signCurrent(api(), token);
      tokens.put(username, token);
    }
    return token;
  }

  static JsonObject expect(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    return Api.json(response).asJsonObject();
  }

  /** A problem detail with 422 whose message begins with the field named. */
  static void refused(HttpResponse<String> response, String field) {
    JsonObject problem = expect(422, response);
    assertTrue(problem.getString("detail").startsWith(field + ": "), response.body());
  }

  /** A cohort of the test's own: farid facilitates it, farid and erin are its contacts. */
  String cohort() throws Exception {
    as("farid");
    as("erin");
    String body =
        """
        {"name": "Rules %s", "startsOn": "2027-03-01", "endsOn": "2027-06-30",
         "facilitators": ["farid"], "escalationContacts": ["farid", "erin"]}"""
            .formatted(UUID.randomUUID());
    return expect(201, api().post("cohorts", as("hana"), body)).getString("id");
  }

  String formed(String cohort, String mentor, String mentee) throws Exception {
    as(mentor);
    as(mentee);
    return expect(
            201,
            api()
                .post(
                    "cohorts/" + cohort + "/pairings",
                    as("hana"),
                    """
                    {"mentor": "%s", "mentee": "%s", "facilitator": "farid"}"""
                        .formatted(mentor, mentee)))
        .getString("id");
  }

  HttpResponse<String> plan(String pairing, String by) throws Exception {
    String startsAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "";
    return api()
        .post(
            "pairings/" + pairing + "/sessions",
            as(by),
            "{\"startsAt\": \"%s\", \"place\": \"Room 4\"}".formatted(startsAt));
  }

  HttpResponse<String> held(String session, String... attended) throws Exception {
    String names =
        List.of(attended).stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(","));
    return api()
        .post(
            "sessions/" + session + "/held", as("farid"), "{\"attended\": [%s]}".formatted(names));
  }

  void stateObjective(String pairing, String mentee) throws Exception {
    expect(
        200,
        api()
            .put(
                "pairings/" + pairing + "/objective",
                as(mentee),
                "{\"text\": \"I will learn how juniors plan their week.\"}"));
  }

  JsonObject pairing(String pairing, String reader) throws Exception {
    return expect(200, api().get("pairings/" + pairing, as(reader)));
  }

  /** A value the answer leaves out: JSON-B writes no null. */
  static boolean none(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  boolean waitingFor(String person, String session) throws Exception {
    JsonArray waiting = Api.json(api().get("me/questions", as(person))).asJsonArray();
    return waiting.stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(q -> q.getString("sessionId").equals(session));
  }

  @Test
  void theFirstSessionIsHeldOnlyOnceTheSeniorStatedWhatTheyWillLearn() throws Exception {
    String pairing = formed(cohort(), "jun", "sam");
    String first = expect(201, plan(pairing, "jun")).getString("id");

    refused(held(first, "jun", "sam"), "objective");
    // farid, their facilitator, tried to mark it held
    HttpResponse<String> log =
        api()
            .get(
                "audit/entries?recordType=session&recordId=" + first + "&outcome=denied&size=50",
                as("audrey"));
    assertEquals(200, log.statusCode(), log.body());
    assertTrue(
        Api.json(log).asJsonObject().getJsonArray("entries").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                e ->
                    e.getString("username").equals("farid")
                        && e.getString("action").equals("update")
                        && e.getString("outcome").equalsIgnoreCase("denied")),
        "the refused attempt is in the access log: " + log.body());
    JsonObject unchanged = expect(200, api().get("sessions/" + first, as("farid")));
    assertEquals("PLANNED", unchanged.getString("state"), "nothing was held");
    assertFalse(pairing(pairing, "sam").getBoolean("objectiveLocked"), "nothing was locked");

    stateObjective(pairing, "sam");
    assertEquals("HELD", expect(200, held(first, "jun", "sam")).getString("state"));
    JsonObject locked = pairing(pairing, "sam");
    assertTrue(locked.getBoolean("objectiveLocked"));
    assertEquals("I will learn how juniors plan their week.", locked.getString("objective"));

    String second = expect(201, plan(pairing, "jun")).getString("id");
    assertEquals(
        "HELD",
        expect(200, held(second, "jun", "sam")).getString("state"),
        "later sessions are held as before");
  }

  @Test
  void aPauseCarriedOutByHrPausesThePairingUntilHrResumesIt() throws Exception {
    String pairing = formed(cohort(), "jun", "sam");
    stateObjective(pairing, "sam");
    String session = expect(201, plan(pairing, "farid")).getString("id");
    expect(200, held(session, "jun", "sam"));
    assertTrue(waitingFor("jun", session), "asked after the session, while the pairing runs");

    String concern =
        expect(
                201,
                api()
                    .post(
                        "concerns",
                        as("jun"),
                        """
                        {"pairing": "%s", "title": "Talked over %s",
                         "description": "It does not feel safe to speak up.", "excluded": []}"""
                            .formatted(pairing, UUID.randomUUID())))
            .getString("id");
    move("farid", concern, "STEP_2");
    move("erin", concern, "STEP_3");
    expect(
        200,
        api()
            .post(
                "concerns/" + concern + "/adjustment",
                as("erin"),
                "{\"kind\": \"PAUSE\", \"reason\": \"Pause for two weeks\"}"));
    String adjustments = "pairings/" + pairing + "/adjustments";
    String adjustment =
        Api.json(api().get(adjustments, as("hana"))).asJsonArray().getJsonObject(0).getString("id");
    expect(
        200,
        api()
            .post(
                adjustments + "/" + adjustment + "/done",
                as("hana"),
                "{\"note\": \"Paused until the 15th\"}"));

    for (String reader : List.of("jun", "sam", "farid")) {
      JsonObject seen = pairing(pairing, reader);
      assertEquals("PAUSED", seen.getString("state"), reader);
      assertTrue(none(seen, "pausedAt"), reader + " sees only that it is paused");
    }
    assertFalse(none(pairing(pairing, "hana"), "pausedAt"), "HR sees since when");
    refused(plan(pairing, "jun"), "pairing");
    refused(plan(pairing, "farid"), "pairing");
    assertFalse(waitingFor("jun", session), "no question is asked for a paused pairing");
    assertFalse(waitingFor("sam", session));
    HttpResponse<String> answer =
        api().post("sessions/" + session + "/answers", as("jun"), PulseProgram.answer(4, 4, 4));
    assertEquals(409, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("paused"), answer.body());

    HttpResponse<String> byParty = api().post("pairings/" + pairing + "/resume", as("jun"), "{}");
    assertEquals(403, byParty.statusCode(), "only HR resumes it: " + byParty.body());
    JsonObject resumed =
        expect(200, api().post("pairings/" + pairing + "/resume", as("hana"), "{}"));
    assertEquals("ACTIVE", resumed.getString("state"));
    refused(api().post("pairings/" + pairing + "/resume", as("hana"), "{}"), "pairing");
    assertEquals("PLANNED", expect(201, plan(pairing, "jun")).getString("state"));
    assertTrue(waitingFor("jun", session), "asked again while the questions are open");
  }

  @Test
  void aPausedPairingIsNotWarnedQuietHoldsItsPlaceAndEndsWithTheCohort() throws Exception {
    String cohort = cohort();
    String paused = formed(cohort, "jun", "sam");
    String running = formed(cohort, "mia", "ken");
    String farid = as("farid");
    JsonObject pausedView =
        expect(200, api().post("pairings/" + paused + "/pause", as("hana"), "{}"));
    assertEquals("PAUSED", pausedView.getString("state"));
    assertEquals(403, api().post("pairings/" + running + "/pause", as("farid"), "{}").statusCode());

    // both formed three weeks ago and never met: quiet, had the first one not been paused
    PulseProgram.update(
        "UPDATE pairing SET formed_at = ? WHERE id IN (?, ?)",
        Timestamp.from(Instant.now().minus(Duration.ofDays(22))),
        UUID.fromString(paused),
        UUID.fromString(running));
    await(
        () -> !unseen(farid, running, "QUIET").isEmpty(),
        "a sweep round notifies the quiet pairing that runs");
    assertTrue(unseen(farid, paused, "QUIET").isEmpty(), "the same round left the paused one");
    assertTrue(standing(farid, paused, "QUIET").isEmpty(), "and it stands nowhere");
    assertFalse(standing(farid, running, "QUIET").isEmpty());

    as("olga");
    refused(
        api()
            .post(
                "cohorts/" + cohort + "/pairings",
                as("hana"),
                "{\"mentor\": \"jun\", \"mentee\": \"olga\", \"facilitator\": \"farid\"}"),
        "one-active-pairing");

    expect(200, api().post("pairings/" + paused + "/resume", as("hana"), "{}"));
    assertTrue(standing(farid, paused, "QUIET").isEmpty(), "quiet weeks count from the resumption");
    expect(200, api().post("pairings/" + paused + "/pause", as("hana"), "{}"));
    expect(200, api().post("cohorts/" + cohort + "/activation", as("hana"), ""));
    expect(200, api().post("cohorts/" + cohort + "/closing", as("hana"), ""));
    assertEquals("ENDED", pairing(paused, "hana").getString("state"), "ends with its cohort");
    assertEquals("ENDED", pairing(running, "hana").getString("state"));
  }

  @Test
  void aChangeOfFormatCarriedOutByHrIsRecordedOnThePairing() throws Exception {
    String pairing = formed(cohort(), "jun", "sam");
    String concern =
        expect(
                201,
                api()
                    .post(
                        "concerns",
                        as("sam"),
                        """
                        {"pairing": "%s", "title": "Format %s",
                         "description": "I would rather not meet alone.", "excluded": []}"""
                            .formatted(pairing, UUID.randomUUID())))
            .getString("id");
    move("farid", concern, "STEP_2");
    move("erin", concern, "STEP_3");
    expect(
        200,
        api()
            .post(
                "concerns/" + concern + "/adjustment",
                as("erin"),
                "{\"kind\": \"FORMAT\", \"reason\": \"Meet with the facilitator present\"}"));
    String adjustments = "pairings/" + pairing + "/adjustments";
    String adjustment =
        Api.json(api().get(adjustments, as("hana"))).asJsonArray().getJsonObject(0).getString("id");
    assertTrue(none(pairing(pairing, "jun"), "formatChangedAt"), "as formed");
    expect(
        200,
        api()
            .post(
                adjustments + "/" + adjustment + "/done",
                as("hana"),
                "{\"note\": \"Sessions with the facilitator present\"}"));

    for (String reader : List.of("jun", "sam", "farid", "hana")) {
      JsonObject seen = pairing(pairing, reader);
      assertEquals("ACTIVE", seen.getString("state"), "the pair goes on meeting");
      assertFalse(none(seen, "formatChangedAt"), reader + ": the record says the format changed");
      assertEquals("Sessions with the facilitator present", seen.getString("formatNote"));
    }
    assertEquals(201, plan(pairing, "jun").statusCode());
  }

  @Test
  void aWithdrawalCountsInEveryCohortThePersonWasPairedIn() throws Exception {
    String leaving = NewPeople.graded("leaving", 3, "employee");
    String earlier = NewPeople.graded("earlier", 9, "employee");
    String current = NewPeople.graded("current", 9, "employee");
    String ended = cohort();
    String running = cohort();
    String first = formed(ended, leaving, earlier);
    expect(200, api().post("pairings/" + first + "/ending", as("hana"), "{}"));
    String second = formed(running, leaving, current);
    assertEquals(0, withdrawals(ended));
    assertEquals(0, withdrawals(running));

    expect(
        201, api().post("me/withdrawal", as(leaving), "{\"reason\": \"Moving to another team\"}"));

    assertEquals(1, withdrawals(ended), "counted where the pairing had ended already");
    assertEquals(1, withdrawals(running), "and where it ended with the withdrawal");
    assertEquals("ENDED", pairing(second, "hana").getString("state"));
  }

  long withdrawals(String cohort) throws Exception {
    JsonArray rows = Api.json(api().get("analytics/cohorts", as("hana"))).asJsonArray();
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> cohort.equals(r.getString("cohortId", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + cohort + ": " + rows))
        .getJsonNumber("withdrawals")
        .longValue();
  }

  void move(String who, String concern, String to) throws Exception {
    expect(
        200,
        api()
            .post(
                "concerns/" + concern + "/transitions",
                as(who),
                "{\"to\": \"%s\", \"note\": \"\"}".formatted(to)));
  }

  List<JsonObject> unseen(String token, String pairing, String signal) {
    return warnings("me/early-warnings/unseen", token, pairing, signal);
  }

  List<JsonObject> standing(String token, String pairing, String signal) {
    return warnings("me/early-warnings", token, pairing, signal);
  }

  private List<JsonObject> warnings(String path, String token, String pairing, String signal) {
    try {
      HttpResponse<String> response = api().get(path, token);
      assertEquals(200, response.statusCode(), response.body());
      return Api.json(response).asJsonArray().stream()
          .map(JsonValue::asJsonObject)
          .filter(w -> w.getString("pairingId").equals(pairing))
          .filter(w -> w.getString("signal").equals(signal))
          .toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Waits for the condition, checking again as the sweep runs (every two seconds in tests). */
  static void await(BooleanSupplier condition, String what) throws Exception {
    Await.until(condition::getAsBoolean, Boolean::booleanValue, what);
  }
}
