package com.srm.mentoring.escalation.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.SharedApplication;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Concerns over REST with real tokens: who may read one, by id, in lists, counts and searches;
 * every refusal in the access log; the escalation path; bad input.
 */
@ExtendWith(SharedApplication.class)
class ConcernsIT {

  /** Named on cohort A's concern as readers or not, with what the rule says. */
  static final List<String> READERS = List.of("jun", "erin");

  static final List<String> REFUSED = List.of("farid", "tom", "hana", "audrey", "lena");

  @ApplicationUrl URL base;

  @Test
  void onlyTheReporterAndTheContactsNotExcludedSeeAConcernAnywhere() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    Api api = program.api;
    UUID cohortA = program.cohort("farid", "erin");
    UUID pairing = program.pairing(cohortA, "jun", "lena");
    program.cohort("tom"); // tom is a named contact, of another cohort
    Map<String, Long> countBefore = new HashMap<>();
    for (String person : concat(READERS, REFUSED)) {
      countBefore.put(person, count(api, program.token(person)));
    }
    String marker = UUID.randomUUID().toString();

    JsonObject concern = program.raised("jun", pairing, "Unsafe " + marker, Set.of("farid"));
    String id = concern.getString("id");
    assertEquals("STEP_2", concern.getString("state"), "step 1's only owner is excluded");
    assertEquals("erin", concern.getString("owner"));
    // what it is about: the reporter, the pairing's two people and the cohort
    assertEquals("jun", concern.getString("reporter"));
    assertEquals("jun", concern.getString("mentor"));
    assertEquals("lena", concern.getString("mentee"));
    assertEquals(cohortA.toString(), concern.getString("cohort"));
    assertFalse(concern.getString("cohortName").isBlank(), concern.toString());
    assertTrue(
        concern.getJsonArray("notes").getJsonObject(0).getString("body").contains("skipped"),
        "the reporter is told step 1 was skipped");

    HttpResponse<String> missing = api.get("concerns/" + UUID.randomUUID(), program.token("erin"));
    assertEquals(404, missing.statusCode());
    for (String reader : READERS) {
      String token = program.token(reader);
      HttpResponse<String> read = api.get("concerns/" + id, token);
      assertEquals(200, read.statusCode(), reader + ": " + read.body());
      assertTrue(read.body().contains(marker), reader);
      assertTrue(ids(api.get("concerns", token)).contains(id), reader + " lists it");
      assertEquals(countBefore.get(reader) + 1, count(api, token), reader + " counts it");
      assertEquals(List.of(id), ids(api.get("concerns?q=" + marker, token)), reader + " finds it");
    }
    for (String refused : REFUSED) {
      String token = program.token(refused);
      HttpResponse<String> read = api.get("concerns/" + id, token);
      assertEquals(404, read.statusCode(), refused + ": " + read.body());
      assertEquals(
          missing.body(), read.body(), refused + " is told exactly what a missing id says");
      assertFalse(ids(api.get("concerns", token)).contains(id), refused + " does not list it");
      assertEquals(countBefore.get(refused), count(api, token), refused + " does not count it");
      assertEquals(List.of(), ids(api.get("concerns?q=" + marker, token)), refused + " finds none");
      HttpResponse<String> move = program.move(refused, id, "RESOLVED", "closing it");
      assertEquals(404, move.statusCode(), refused + " cannot move it either");
    }
    // other tests may name tom a contact of concerns he reads: only this one must not count
    assertEquals(
        countBefore.get("tom"),
        count(api, program.token("tom")),
        "no '1 hidden' for a contact elsewhere");

    HttpResponse<String> log =
        api.get(
            "audit/entries?recordType=concern&recordId=" + id + "&size=200",
            program.token("audrey"));
    assertEquals(200, log.statusCode(), log.body());
    assertFalse(log.body().contains(marker), "auditors see that it was read, never its content");
    JsonArray entries = Api.json(log).asJsonObject().getJsonArray("entries");
    Set<String> denied =
        entries.stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("outcome").equalsIgnoreCase("denied"))
            .map(e -> e.getString("username"))
            .collect(Collectors.toSet());
    assertTrue(denied.containsAll(REFUSED), "every refusal is logged: " + denied);
    Set<String> granted =
        entries.stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("outcome").equalsIgnoreCase("granted"))
            .filter(e -> e.getString("action").equalsIgnoreCase("read"))
            .map(e -> e.getString("username"))
            .collect(Collectors.toSet());
    assertTrue(granted.containsAll(READERS), "every read is logged: " + granted);
  }

  @Test
  void anAuditorFindsWhoSawAConcernInTheirListOrSearch() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    Api api = program.api;
    UUID cohort = program.cohort("farid", "erin");
    UUID pairing = program.pairing(cohort, "jun", "lena");
    String marker = UUID.randomUUID().toString();
    String id = program.raised("jun", pairing, "Listed " + marker, Set.of("farid")).getString("id");

    HttpResponse<String> reportersList = api.get("concerns", program.token("jun"));
    assertTrue(ids(reportersList).contains(id), "the reporter lists it");
    HttpResponse<String> contactsSearch = api.get("concerns?q=" + marker, program.token("erin"));
    assertEquals(List.of(id), ids(contactsSearch), "the reading contact finds it");
    HttpResponse<String> othersList = api.get("concerns", program.token("lena"));
    assertFalse(ids(othersList).contains(id), "the mentee is no reader");

    HttpResponse<String> log =
        api.get("audit/entries?recordId=" + id + "&size=500", program.token("audrey"));
    assertEquals(200, log.statusCode(), log.body());
    List<JsonObject> entries =
        Api.json(log).asJsonObject().getJsonArray("entries").stream()
            .map(JsonValue::asJsonObject)
            .toList();
    JsonObject junsList = loggedFor(entries, reportersList);
    assertEquals("jun", junsList.getString("username"));
    assertEquals("concern", junsList.getString("recordType"));
    assertFalse(junsList.containsKey("recordId"), "a list, not one concern: " + junsList);
    assertTrue(listed(junsList).contains(id), junsList.toString());
    JsonObject erinsSearch = loggedFor(entries, contactsSearch);
    assertEquals("erin", erinsSearch.getString("username"));
    assertEquals(List.of(id), listed(erinsSearch), "the search showed this one concern");
    String lenasRequest = Api.requestId(othersList);
    assertTrue(
        entries.stream().noneMatch(e -> lenasRequest.equals(e.getString("requestId", null))),
        "a list that did not show it is not found by its id");
    assertTrue(
        entries.stream().noneMatch(e -> "lena".equals(e.getString("username", null))),
        "lena never saw it");
  }

  /** The access log's entry of the request answered. */
  static JsonObject loggedFor(List<JsonObject> entries, HttpResponse<String> answered) {
    String requestId = Api.requestId(answered);
    return entries.stream()
        .filter(e -> requestId.equals(e.getString("requestId", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry of request " + requestId));
  }

  static List<String> strings(JsonArray values) {
    return values.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  static List<String> listed(JsonObject entry) {
    return entry.getJsonArray("recordIds").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  @Test
  void theEscalationPathOverRest() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID pairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
    String id = program.raised("jun", pairing, "Interrupted", Set.of()).getString("id");
    JsonObject first =
        Api.json(program.api.get("concerns/" + id, program.token("farid"))).asJsonObject();
    assertEquals("STEP_1", first.getString("state"));
    assertEquals("farid", first.getString("owner"), "a facilitator who is a named contact");
    assertEquals(List.of("STEP_2", "RESOLVED"), strings(first.getJsonArray("moves")));
    JsonObject reporters =
        Api.json(program.api.get("concerns/" + id, program.token("jun"))).asJsonObject();
    assertEquals(
        List.of("STEP_2"), strings(reporters.getJsonArray("moves")), "the reporter skips step 1");

    assertRefused(program.move("jun", id, "RESOLVED", ""), "STEP_1");
    assertRefused(program.move("farid", id, "STEP_3", ""), "STEP_1");
    assertRefused(program.move("farid", id, "RAISED", ""), "STEP_1");

    HttpResponse<String> toHr = program.move("farid", id, "STEP_2", "Over to HR");
    assertEquals(200, toHr.statusCode(), toHr.body());
    JsonObject second = Api.json(toHr).asJsonObject();
    assertEquals("STEP_2", second.getString("state"));
    assertEquals("erin", second.getString("owner"));
    assertEquals(
        List.of("STEP_3", "RESOLVED"),
        strings(second.getJsonArray("moves")),
        "the answer to a move offers the mover's next moves");
    JsonObject transition = second.getJsonArray("transitions").getJsonObject(1);
    assertEquals("Over to HR", transition.getString("note"));
    assertEquals("erin", transition.getString("owner"));
    assertFalse(transition.isNull("deadline"), "the next deadline is recorded");
    String asReporter = program.api.get("concerns/" + id, program.token("jun")).body();
    assertTrue(asReporter.contains("Over to HR"), "the reporter reads the notes");

    assertRefused(program.move("erin", id, "STEP_1", ""), "STEP_2");
    assertEquals(200, program.move("erin", id, "STEP_3", "Re-pair requested").statusCode());
    assertRefused(program.move("erin", id, "STEP_2", ""), "STEP_3");
    assertEquals(200, program.move("erin", id, "RESOLVED", "Re-paired").statusCode());
    for (String to : List.of("RAISED", "STEP_1", "STEP_2", "STEP_3", "RESOLVED")) {
      assertRefused(program.move("erin", id, to, ""), "RESOLVED");
    }

    String skipped = program.raised("jun", pairing, "Rather HR", Set.of()).getString("id");
    HttpResponse<String> skip = program.move("jun", skipped, "STEP_2", "I would rather talk to HR");
    assertEquals(200, skip.statusCode(), "the reporter may skip step 1: " + skip.body());
    assertEquals("STEP_2", Api.json(skip).asJsonObject().getString("state"));
  }

  @Test
  void aContactPutsAConcernOnLegalHoldTheReporterCannot() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID pairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
    String id = program.raised("jun", pairing, "Keep this", Set.of()).getString("id");
    HttpResponse<String> byReporter =
        program.api.post("concerns/" + id + "/hold", program.token("jun"), "{\"reason\": \"x\"}");
    assertEquals(409, byReporter.statusCode(), byReporter.body());
    HttpResponse<String> noReason =
        program.api.post("concerns/" + id + "/hold", program.token("erin"), "{}");
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertTrue(noReason.body().contains("reason"), noReason.body());
    HttpResponse<String> held =
        program.api.post(
            "concerns/" + id + "/hold", program.token("erin"), "{\"reason\": \"Tribunal\"}");
    assertEquals(200, held.statusCode(), held.body());
    assertTrue(Api.json(held).asJsonObject().getBoolean("onHold"));
  }

  @Test
  void liftingALegalHoldNeedsAReasonAndIsLoggedAsItsOwnAction() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID pairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
    String id = program.raised("jun", pairing, "Held", Set.of()).getString("id");
    String erin = program.token("erin");
    String hold = "concerns/" + id + "/hold";
    assertEquals(200, program.api.post(hold, erin, "{\"reason\": \"Tribunal\"}").statusCode());

    assertBadRequest(program.api.post(hold, erin, "{\"lift\": true}"), "reason:");
    HttpResponse<String> lifted =
        program.api.post(hold, erin, "{\"lift\": true, \"reason\": \"Tribunal withdrawn\"}");
    assertEquals(200, lifted.statusCode(), lifted.body());
    assertFalse(Api.json(lifted).asJsonObject().getBoolean("onHold"));
    HttpResponse<String> again =
        program.api.post(hold, erin, "{\"lift\": true, \"reason\": \"again\"}");
    assertEquals(409, again.statusCode(), again.body());
    assertTrue(again.body().contains("not on legal hold"), again.body());

    String farid = program.api.get("concerns/" + id, program.token("farid")).body();
    assertTrue(farid.contains("Legal hold lifted: Tribunal withdrawn"), "contacts read why");
    String jun = program.api.get("concerns/" + id, program.token("jun")).body();
    assertFalse(jun.contains("Tribunal"), "the reporter never reads the hold's reasons");

    HttpResponse<String> log =
        program.api.get(
            "audit/entries?recordType=concern&action=lift_hold&recordId=" + id,
            program.token("audrey"));
    assertEquals(200, log.statusCode(), log.body());
    List<JsonObject> entries =
        Api.json(log).asJsonObject().getJsonArray("entries").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("outcome").equalsIgnoreCase("granted"))
            .toList();
    assertEquals(1, entries.size(), "the lifting, not the refused second one: " + log.body());
    assertEquals("erin", entries.get(0).getString("username"));
    assertFalse(log.body().contains("Tribunal"), "the log names no content");
  }

  @Test
  void aNoteToTheReporterAloneIsReadByTheReporterAndNotByOtherContacts() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID pairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
    String id = program.raised("jun", pairing, "Noted", Set.of()).getString("id");
    String secret = "Only for you " + UUID.randomUUID();
    HttpResponse<String> written =
        program.api.post(
            "concerns/" + id + "/notes",
            program.token("erin"),
            "{\"text\": \"%s\", \"toReporter\": true}".formatted(secret));
    assertEquals(200, written.statusCode(), written.body());
    assertEquals(
        200,
        program
            .api
            .post(
                "concerns/" + id + "/notes",
                program.token("erin"),
                "{\"text\": \"For all readers\"}")
            .statusCode());

    JsonObject asJun =
        Api.json(program.api.get("concerns/" + id, program.token("jun"))).asJsonObject();
    JsonObject note =
        asJun.getJsonArray("notes").stream()
            .map(JsonValue::asJsonObject)
            .filter(n -> n.getString("body").equals(secret))
            .findFirst()
            .orElseThrow(() -> new AssertionError("jun reads the note to him: " + asJun));
    assertEquals("REPORTER", note.getString("audience"));
    assertTrue(asJun.toString().contains("For all readers"), "notes for readers stay as before");
    String asFarid = program.api.get("concerns/" + id, program.token("farid")).body();
    assertFalse(asFarid.contains(secret), "another contact does not read it");
    assertTrue(asFarid.contains("For all readers"));
    assertTrue(program.api.get("concerns/" + id, program.token("erin")).body().contains(secret));
    HttpResponse<String> toSelf =
        program.api.post(
            "concerns/" + id + "/notes",
            program.token("jun"),
            "{\"text\": \"x\", \"toReporter\": true}");
    assertEquals(409, toSelf.statusCode(), toSelf.body());
    assertTrue(toSelf.body().contains("toReporter:"), toSelf.body());
  }

  @Test
  void stepThreeAsksHrForAnAdjustmentHrSeesOnlyThatAndCarryingItOutResolvesTheConcern()
      throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID pairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
    String title = "Shouted " + UUID.randomUUID().toString().substring(0, 8);
    String id = program.raised("jun", pairing, title, Set.of()).getString("id");
    String erin = program.token("erin");
    String hana = program.token("hana");
    String ask = "concerns/" + id + "/adjustment";
    String pause = "{\"kind\": \"PAUSE\", \"reason\": \"%s\"}";

    assertRefused(program.api.post(ask, erin, pause.formatted("Pause it")), "STEP_1");
    assertEquals(200, program.move("farid", id, "STEP_2", "").statusCode());
    assertEquals(200, program.move("erin", id, "STEP_3", "").statusCode());
    assertBadRequest(
        program.api.post(ask, erin, pause.formatted("Pause, " + title.toUpperCase() + "!")),
        "reason: must not repeat the concern");
    assertBadRequest(
        program.api.post(ask, erin, pause.formatted("Because it does not feel safe to speak up")),
        "reason: must not repeat the concern");
    assertBadRequest(program.api.post(ask, erin, pause.formatted(" ")), "reason:");
    assertBadRequest(program.api.post(ask, erin, "{\"reason\": \"Pause it\"}"), "kind:");
    assertBadRequest(
        program.api.post(ask, erin, "{\"kind\": \"HOLIDAY\", \"reason\": \"x\"}"), "kind:");
    HttpResponse<String> byOther =
        program.api.post(ask, program.token("farid"), pause.formatted("Pause it"));
    assertEquals(409, byOther.statusCode(), byOther.body());
    assertEquals(
        404,
        program.api.post(ask, hana, pause.formatted("Pause it")).statusCode(),
        "HR cannot read the concern, so it does not exist for them");

    String reason = "Pause for two weeks " + UUID.randomUUID();
    HttpResponse<String> asked = program.api.post(ask, erin, pause.formatted(reason));
    assertEquals(200, asked.statusCode(), asked.body());
    assertTrue(Api.json(asked).asJsonObject().getBoolean("adjustmentAsked"));
    assertEquals(409, program.api.post(ask, erin, pause.formatted("Another")).statusCode());

    String adjustments = "pairings/" + pairing + "/adjustments";
    HttpResponse<String> seen = program.api.get(adjustments, hana);
    assertEquals(200, seen.statusCode(), seen.body());
    JsonObject request = Api.json(seen).asJsonArray().getJsonObject(0);
    assertEquals("PAUSE", request.getString("kind"));
    assertEquals(reason, request.getString("reason"));
    assertFalse(request.getBoolean("done"));
    assertFalse(seen.body().contains(id), "HR is not told which concern asked: " + seen.body());
    assertFalse(seen.body().contains(title), "nor what it says");
    assertEquals(404, program.api.get("concerns/" + id, hana).statusCode());
    assertNotEquals(
        200,
        program.api.get(adjustments, program.token("jun")).statusCode(),
        "a party does not see that an adjustment was asked for");

    String done = adjustments + "/" + request.getString("id") + "/done";
    assertBadRequest(program.api.post(done, hana, "{}"), "note:");
    HttpResponse<String> carried =
        program.api.post(done, hana, "{\"note\": \"Paused until the 15th\"}");
    assertEquals(200, carried.statusCode(), carried.body());
    assertTrue(Api.json(carried).asJsonObject().getBoolean("done"));
    assertEquals(409, program.api.post(done, hana, "{\"note\": \"again\"}").statusCode());

    JsonObject resolved = Api.json(program.api.get("concerns/" + id, erin)).asJsonObject();
    assertEquals("RESOLVED", resolved.getString("state"), "the concern moves on to resolved");
    assertFalse(resolved.getBoolean("adjustmentAsked"));
    assertTrue(resolved.toString().contains("HR carried out the program adjustment (PAUSE)"));
    JsonObject paused = Api.json(program.api.get("pairings/" + pairing, hana)).asJsonObject();
    assertEquals("PAUSED", paused.getString("state"), "a pause carried out pauses the pairing");
    assertEquals(
        422,
        program
            .api
            .post(
                "pairings/" + pairing + "/sessions",
                program.token("jun"),
                "{\"startsAt\": \"%s\"}".formatted(java.time.Instant.now().plusSeconds(86_400)))
            .statusCode(),
        "no session is planned until HR resumes it");
  }

  @Test
  void aRePairCarriedOutByHrEndsThePairing() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID pairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
    String id =
        Api.json(
                program.api.post(
                    "concerns",
                    program.token("jun"),
                    ConcernTestProgram.raise(pairing, "Re-pair me", "It is unbearable.", Set.of())
                        .replace("}", ", \"skipStepOne\": true}")))
            .asJsonObject()
            .getString("id");
    assertEquals(200, program.move("erin", id, "STEP_3", "").statusCode());
    assertEquals(
        200,
        program
            .api
            .post(
                "concerns/" + id + "/adjustment",
                program.token("erin"),
                "{\"kind\": \"RE_PAIR\", \"reason\": \"A new mentee\"}")
            .statusCode());
    String hana = program.token("hana");
    String adjustments = "pairings/" + pairing + "/adjustments";
    String adjustment =
        Api.json(program.api.get(adjustments, hana)).asJsonArray().getJsonObject(0).getString("id");
    HttpResponse<String> carried =
        program.api.post(adjustments + "/" + adjustment + "/done", hana, "{}");
    assertEquals(200, carried.statusCode(), carried.body());
    assertEquals(
        0,
        ConcernScheduleIT.count(
            "SELECT count(*) FROM pairing WHERE id = ? AND state = 'ACTIVE'", pairing),
        "the pairing ended");
    assertEquals(
        "RESOLVED",
        Api.json(program.api.get("concerns/" + id, program.token("erin")))
            .asJsonObject()
            .getString("state"));
  }

  @Test
  void badInputIsRefusedNamingTheField() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    Api api = program.api;
    UUID pairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
    String jun = program.token("jun");

    assertBadRequest(
        api.post("concerns", jun, ConcernTestProgram.raise(pairing, " ", "d", Set.of())), "title");
    assertBadRequest(
        api.post(
            "concerns", jun, ConcernTestProgram.raise(pairing, "t", "x".repeat(4001), Set.of())),
        "description");
    assertBadRequest(
        api.post(
            "concerns", jun, ConcernTestProgram.raise(pairing, "t", "d", Set.of("farid", "erin"))),
        "nobody could read it");
    assertBadRequest(
        api.post("concerns", jun, ConcernTestProgram.raise(pairing, "t", "d", Set.of("nobody-x"))),
        "excluded");
    assertBadRequest(
        api.post("concerns", jun, ConcernTestProgram.raise(UUID.randomUUID(), "t", "d", Set.of())),
        "pairing");
    assertBadRequest(
        api.post(
            "concerns",
            program.token("tom"),
            ConcernTestProgram.raise(pairing, "t", "d", Set.of())),
        "pairing");
    HttpResponse<String> malformed = api.post("concerns", jun, "{\"title\": ");
    assertEquals(400, malformed.statusCode(), malformed.body());
    assertFalse(malformed.body().contains("Exception"), malformed.body());

    String id = program.raised("jun", pairing, "Fine", Set.of()).getString("id");
    assertBadRequest(program.move("farid", id, "STEP_9", ""), "to");
    assertEquals(404, api.get("concerns/" + UUID.randomUUID(), jun).statusCode());
    assertEquals(404, api.get("concerns/not-an-id", jun).statusCode());
    assertEquals(
        404, program.move("farid", UUID.randomUUID().toString(), "STEP_2", "").statusCode());

    HttpResponse<String> stale =
        api.post(
            "concerns/" + id + "/transitions",
            program.token("farid"),
            "{\"to\": \"STEP_2\", \"version\": 999}");
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(stale.body().contains("version"), stale.body());
  }

  @Test
  void twoContactsMovingOneConcernAtOnceOneWinsTheOtherIsTold() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID pairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
    String farid = program.token("farid");
    String erin = program.token("erin");
    for (int round = 0; round < 3; round++) {
      String id = program.raised("jun", pairing, "Race " + round, Set.of()).getString("id");
      var one =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () ->
                  call(
                      () ->
                          program.api.post(
                              "concerns/" + id + "/transitions",
                              farid,
                              "{\"to\": \"STEP_2\", \"note\": \"mine\"}")));
      var other =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () ->
                  call(
                      () ->
                          program.api.post(
                              "concerns/" + id + "/transitions",
                              erin,
                              "{\"to\": \"STEP_2\", \"note\": \"mine too\"}")));
      List<HttpResponse<String>> answers = List.of(one.get(), other.get());
      List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
      assertEquals(List.of(200, 409), statuses, answers.toString());
      HttpResponse<String> loser =
          answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
      assertTrue(
          loser.body().contains("STEP_2") || loser.body().contains("another contact"),
          "the loser is told: " + loser.body());
      JsonObject now = Api.json(program.api.get("concerns/" + id, erin)).asJsonObject();
      assertEquals(2, now.getJsonArray("transitions").size(), "moved once");
    }
  }

  interface Call {
    HttpResponse<String> run() throws Exception;
  }

  static HttpResponse<String> call(Call call) {
    try {
      return call.run();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void assertRefused(HttpResponse<String> response, String state) {
    assertEquals(409, response.statusCode(), response.body());
    assertTrue(response.body().contains("state " + state), response.body());
  }

  static void assertBadRequest(HttpResponse<String> response, String text) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains(text), response.body());
    assertNotEquals(500, response.statusCode());
  }

  static long count(Api api, String token) throws Exception {
    HttpResponse<String> count = api.get("concerns/count", token);
    assertEquals(200, count.statusCode(), count.body());
    return Api.json(count).asJsonObject().getJsonNumber("count").longValue();
  }

  static List<String> ids(HttpResponse<String> list) {
    assertEquals(200, list.statusCode(), list.body());
    return Api.json(list).asJsonArray().stream()
        .map(v -> v.asJsonObject().getString("id"))
        .toList();
  }

  static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
