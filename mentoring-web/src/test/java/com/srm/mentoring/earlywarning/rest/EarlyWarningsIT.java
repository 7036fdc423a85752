package com.srm.mentoring.earlywarning.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.Rounds;
import com.srm.mentoring.testsupport.SharedApplication;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Early warnings over REST with real tokens, each on a cohort of its own: every signal appears on a
 * known pairing and goes away once what caused it is resolved, through the product's own calls.
 * Where a signal needs time to pass (weeks without a session, days without an answer, a deadline),
 * the test moves the pairing's or the record's own time back in the database, as the superuser; the
 * server's clock is never moved, and no setting is changed for other tests.
 */
@ExtendWith(SharedApplication.class)
class EarlyWarningsIT {

  @ApplicationUrl URL base;

  @Test
  void aPairingWithoutAHeldSessionForWeeksWarnsItsFacilitatorUntilOneIsHeld() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = program.cohort(5, "farid");
    UUID pairing = program.pairing(cohort, "jun", "lena", "farid");
    String farid = program.token("farid");
    assertTrue(warning(api, farid, pairing, "QUIET").isEmpty(), "a pairing formed today is fine");

    Instant formed = Instant.now().minus(Duration.ofDays(22)).truncatedTo(ChronoUnit.SECONDS);
    PulseProgram.update(
        "UPDATE pairing SET formed_at = ? WHERE id = ?", Timestamp.from(formed), pairing);
    JsonObject quiet = warning(api, farid, pairing, "QUIET").orElseThrow();
    assertEquals(formed, Instant.parse(quiet.getString("since")), "quiet since it was formed");
    assertEquals(cohort.toString(), quiet.getString("cohortId"));

    HttpResponse<String> planned =
        api.post(
            "pairings/" + pairing + "/sessions",
            farid,
            "{\"startsAt\": \"%s\", \"place\": \"Room 2\"}"
                .formatted(Instant.now().plus(Duration.ofMinutes(5))));
    assertEquals(201, planned.statusCode(), planned.body());
    assertTrue(
        warning(api, farid, pairing, "QUIET").isPresent(), "a planned session is not a held one");
    String session = Api.json(planned).asJsonObject().getString("id");
    HttpResponse<String> stated =
        api.put(
            "pairings/" + pairing + "/objective",
            program.token("lena"),
            "{\"text\": \"I will learn how the team splits its work.\"}");
    assertEquals(
        200, stated.statusCode(), "held only once the objective is stated: " + stated.body());
    HttpResponse<String> held =
        api.post("sessions/" + session + "/held", farid, "{\"attended\": [\"jun\", \"lena\"]}");
    assertEquals(200, held.statusCode(), held.body());
    assertTrue(warning(api, farid, pairing, "QUIET").isEmpty(), "a held session ends the warning");
  }

  @Test
  void questionsLeftUnansweredWarnUntilBothPartiesAnswered() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID pairing = program.pairing(program.cohort(5, "farid"), "mia", "ken", "farid");
    String farid = program.token("farid");
    UUID recent = program.heldSession(pairing, Duration.ofDays(1), "mia", "ken");
    assertTrue(
        warning(api, farid, pairing, "UNANSWERED").isEmpty(),
        "people have a few days to answer before anyone is alerted");

    PulseProgram.update(
        "UPDATE mentoring_session SET closed_at = ?, starts_at = ? WHERE id = ?",
        Timestamp.from(Instant.now().minus(Duration.ofDays(4))),
        Timestamp.from(Instant.now().minus(Duration.ofDays(4))),
        recent);
    assertTrue(warning(api, farid, pairing, "UNANSWERED").isPresent());

    assertEquals(201, answer(api, program.token("mia"), recent).statusCode());
    assertTrue(
        warning(api, farid, pairing, "UNANSWERED").isPresent(), "the mentee has not answered yet");
    assertEquals(201, answer(api, program.token("ken"), recent).statusCode());
    assertTrue(warning(api, farid, pairing, "UNANSWERED").isEmpty(), "both answered");
  }

  @Test
  void aRepairRequestIsNotifiedOnceAndGoesAwayWhenHrEndsThePairing() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    // a facilitator of its own: marking the notices seen marks all of the facilitator's
    String facilitator = NewPeople.create("facilitator", "employee", "facilitator");
    UUID pairing = program.pairing(program.cohort(5, facilitator), "victor", "nora", facilitator);
    String facilitatorToken = program.token(facilitator);
    HttpResponse<String> asked =
        api.post("pairings/" + pairing + "/repair-request", program.token("victor"), "");
    assertEquals(200, asked.statusCode(), asked.body());
    assertTrue(warning(api, facilitatorToken, pairing, "REPAIR_REQUESTED").isPresent());

    JsonObject notice = awaitUnseen(api, facilitatorToken, pairing, "REPAIR_REQUESTED");
    String notifiedAt = notice.getString("notifiedAt");
    Rounds.run(api, facilitatorToken, "warning-sweep");
    Rounds.run(api, facilitatorToken, "warning-sweep");
    List<JsonObject> notices = unseen(api, facilitatorToken, pairing, "REPAIR_REQUESTED");
    assertEquals(1, notices.size(), "notified once: " + notices);
    assertEquals(notifiedAt, notices.get(0).getString("notifiedAt"));
    assertEquals(
        1,
        PulseProgram.count(
            "SELECT count(*) FROM early_warning WHERE pairing_id = ? AND kind = 'REPAIR_REQUESTED'",
            pairing));

    assertEquals(204, api.post("me/early-warnings/seen", facilitatorToken, "").statusCode());
    Rounds.run(api, facilitatorToken, "warning-sweep");
    assertTrue(
        unseen(api, facilitatorToken, pairing, "REPAIR_REQUESTED").isEmpty(),
        "a warning the facilitator has looked at is not notified again");
    assertTrue(
        warning(api, facilitatorToken, pairing, "REPAIR_REQUESTED")
            .orElseThrow()
            .getBoolean("seen"),
        "and it still stands");

    long version = Api.json(asked).asJsonObject().getJsonNumber("version").longValue();
    HttpResponse<String> ended =
        api.post(
            "pairings/" + pairing + "/ending",
            program.token("hana"),
            "{\"version\": " + version + "}");
    assertEquals(200, ended.statusCode(), ended.body());
    assertTrue(
        warning(api, facilitatorToken, pairing, "REPAIR_REQUESTED").isEmpty(), "the pairing ended");
  }

  @Test
  void anOverdueConcernIsNamedToNoOneAndHiddenFromAFacilitatorItExcludes() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    // a contact who also facilitates the cohort holds step 1; with no HR contact the concern
    // cannot be handed on, and stays overdue at step 1
    String stepOne = NewPeople.create("stepone", "employee", "facilitator", "escalation-contact");
    UUID cohort = program.cohort(5, "farid", stepOne);
    PulseProgram.update(
        "INSERT INTO cohort_escalation_contact (cohort_id, subject) VALUES (?, ?)",
        cohort,
        program.subject(stepOne));
    UUID open = program.pairing(cohort, "jun", "lena", "farid");
    UUID closed = program.pairing(cohort, "mia", "ken", "farid");
    String farid = program.token("farid");
    String marker = UUID.randomUUID().toString();
    String seen = raise(api, program.token("jun"), open, "Unsafe " + marker, "");
    String hidden = raise(api, program.token("mia"), closed, "Hidden " + marker, "\"farid\"");
    assertTrue(warning(api, farid, open, "CONCERN_OVERDUE").isEmpty(), "not overdue yet");

    PulseProgram.update(
        "UPDATE concern SET deadline = now() - interval '1 hour' WHERE id IN (?, ?)",
        UUID.fromString(seen),
        UUID.fromString(hidden));
    JsonObject overdue = warning(api, farid, open, "CONCERN_OVERDUE").orElseThrow();
    assertEquals(
        "A confidential matter in this pairing is overdue at step 1.", overdue.getString("text"));
    assertFalse(overdue.containsKey("since"), "no time that could hint at who or when");
    HttpResponse<String> all = api.get("me/early-warnings", farid);
    assertFalse(all.body().contains(marker), "no title");
    assertFalse(all.body().contains(seen), "not even the concern's id");
    assertTrue(
        warning(api, farid, closed, "CONCERN_OVERDUE").isEmpty(),
        "a concern that excludes the facilitator does not exist for them");
    JsonObject counts =
        Api.json(api.get("cohorts/" + cohort + "/early-warnings/count", program.token("hana")))
            .asJsonObject();
    assertFalse(counts.containsKey("concernOverdue"), "HR never learns that a concern exists");
    assertEquals(0, counts.getInt("pairings"), "not even as a pairing with a warning");
    assertEquals(0, counts.getInt("total"), counts.toString());

    HttpResponse<String> resolved =
        api.post(
            "concerns/" + seen + "/transitions",
            program.token(stepOne),
            "{\"to\": \"RESOLVED\", \"note\": \"Talked it through\"}");
    assertEquals(200, resolved.statusCode(), resolved.body());
    assertTrue(warning(api, farid, open, "CONCERN_OVERDUE").isEmpty(), "resolved");
  }

  @Test
  void aConcernHandedOnFromStepOneByItsDeadlineWarnsUntilResolved() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    // a contact who facilitates the cohort holds step 1, erin steps 2 and 3
    String stepOne = NewPeople.create("stepone", "employee", "facilitator", "escalation-contact");
    UUID cohort = program.cohort(5, "farid", stepOne);
    for (String contact : List.of(stepOne, "erin")) {
      PulseProgram.update(
          "INSERT INTO cohort_escalation_contact (cohort_id, subject) VALUES (?, ?)",
          cohort,
          program.subject(contact));
    }
    UUID pairing = program.pairing(cohort, "fiona", "ravi", "farid");
    String farid = program.token("farid");
    String reporter = program.token("fiona");
    String concern = raise(api, reporter, pairing, "Talked over " + UUID.randomUUID(), "");
    PulseProgram.update(
        "UPDATE concern SET deadline = now() - interval '1 hour' WHERE id = ?",
        UUID.fromString(concern));

    Rounds.run(api, reporter, "escalation-sweep");
    String state =
        Api.json(api.get("concerns/" + concern, reporter)).asJsonObject().getString("state");
    assertEquals("STEP_2", state, "the deadline timer handed it on to HR");
    assertTrue(
        warning(api, farid, pairing, "CONCERN_OVERDUE").isPresent(),
        "it went unattended at step 1 and is still open");

    HttpResponse<String> resolved =
        api.post(
            "concerns/" + concern + "/transitions",
            program.token("erin"),
            "{\"to\": \"RESOLVED\", \"note\": \"Settled\"}");
    assertEquals(200, resolved.statusCode(), resolved.body());
    assertTrue(warning(api, farid, pairing, "CONCERN_OVERDUE").isEmpty(), "resolved");
  }

  @Test
  void theCallsAreDescribedInOpenApi() throws Exception {
    HttpResponse<String> openapi =
        HttpProbe.get(URI.create(base.toExternalForm()).resolve("/openapi"));
    assertEquals(200, openapi.statusCode());
    for (String path :
        List.of(
            "/api/me/early-warnings",
            "/api/early-warnings/counts",
            "/api/cohorts/{id}/early-warnings/count")) {
      assertTrue(openapi.body().contains(path), path);
    }
  }

  @Test
  void onlyTheFacilitatorSeesWarningsAndOnlyHrSeesCounts() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = program.cohort(5, "farid");
    UUID pairing = program.pairing(cohort, "sam", "olga", "farid");
    assertEquals(
        200,
        api.post("pairings/" + pairing + "/repair-request", program.token("sam"), "").statusCode());
    assertTrue(warning(api, program.token("farid"), pairing, "REPAIR_REQUESTED").isPresent());

    for (String other : List.of("sam", "olga", "erin", "hana", "audrey", "tom")) {
      HttpResponse<String> mine = api.get("me/early-warnings", program.token(other));
      assertEquals(200, mine.statusCode(), other);
      assertFalse(mine.body().contains(pairing.toString()), other + " sees nothing of it");
    }

    String hana = program.token("hana");
    HttpResponse<String> count = api.get("cohorts/" + cohort + "/early-warnings/count", hana);
    assertEquals(200, count.statusCode(), count.body());
    JsonObject counts = Api.json(count).asJsonObject();
    assertEquals(1, counts.getInt("pairings"));
    assertEquals(1, counts.getInt("repairRequested"));
    assertEquals(1, counts.getInt("total"));
    assertFalse(count.body().contains(pairing.toString()), "counts only, never the pairing");
    HttpResponse<String> perCohort = api.get("early-warnings/counts", hana);
    assertEquals(200, perCohort.statusCode());
    assertTrue(perCohort.body().contains(cohort.toString()));
    assertEquals(
        404, api.get("cohorts/" + UUID.randomUUID() + "/early-warnings/count", hana).statusCode());

    String auditor = program.token("audrey");
    for (String other : List.of("farid", "sam", "erin", "audrey")) {
      HttpResponse<String> refused =
          api.get("cohorts/" + cohort + "/early-warnings/count", program.token(other));
      assertEquals(404, refused.statusCode(), other);
      String requestId = Api.requestId(refused);
      assertTrue(logged(api, auditor, other, requestId), other + "'s refusal is logged");
      assertEquals(404, api.get("early-warnings/counts", program.token(other)).statusCode());
    }
  }

  private static HttpResponse<String> answer(Api api, String token, UUID session) throws Exception {
    return api.post("sessions/" + session + "/answers", token, PulseProgram.answer(4, 4, 4));
  }

  private static String raise(Api api, String token, UUID pairing, String title, String excluded)
      throws Exception {
    HttpResponse<String> created =
        api.post(
            "concerns",
            token,
            """
            {"pairing": "%s", "title": "%s", "description": "It does not feel safe.",
             "excluded": [%s]}"""
                .formatted(pairing, title, excluded));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject concern = Api.json(created).asJsonObject();
    assertEquals("STEP_1", concern.getString("state"), created.body());
    return concern.getString("id");
  }

  static Optional<JsonObject> warning(Api api, String token, UUID pairing, String signal)
      throws Exception {
    HttpResponse<String> response = api.get("me/early-warnings", token);
    assertEquals(200, response.statusCode(), response.body());
    return of(Api.json(response).asJsonArray(), pairing, signal).stream().findFirst();
  }

  static List<JsonObject> unseen(Api api, String token, UUID pairing, String signal)
      throws Exception {
    HttpResponse<String> response = api.get("me/early-warnings/unseen", token);
    assertEquals(200, response.statusCode(), response.body());
    return of(Api.json(response).asJsonArray(), pairing, signal);
  }

  private static JsonObject awaitUnseen(Api api, String token, UUID pairing, String signal)
      throws Exception {
    Rounds.run(api, token, "warning-sweep");
    List<JsonObject> found = unseen(api, token, pairing, signal);
    assertFalse(found.isEmpty(), signal + " on " + pairing + " was notified by the sweep");
    return found.get(0);
  }

  private static List<JsonObject> of(JsonArray warnings, UUID pairing, String signal) {
    return warnings.stream()
        .map(JsonValue::asJsonObject)
        .filter(w -> w.getString("pairingId").equals(pairing.toString()))
        .filter(w -> w.getString("signal").equals(signal))
        .toList();
  }

  static boolean logged(Api api, String auditor, String actor, String requestId) throws Exception {
    HttpResponse<String> entries =
        api.get("audit/entries?size=50&actor=" + actor + "&outcome=denied", auditor);
    return Api.json(entries).asJsonObject().getJsonArray("entries").stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(e -> requestId.equals(e.getString("requestId", null)));
  }
}
