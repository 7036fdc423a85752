package com.srm.mentoring.pulse.rest;

import static com.srm.mentoring.pulse.rest.PulseProgram.answer;
import static com.srm.mentoring.pulse.rest.PulseProgram.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.control.Batches;
import com.srm.mentoring.pulse.entity.RespondentRole;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The micro-questions over REST with real tokens and the real database: what is stored where, who
 * sees which figures, and how wrong answers are refused.
 */
@ExtendWith(SharedApplication.class)
class PulseIT {

  static final String[] MENTORS = {"victor", "fiona", "olga", "pat", "sam"};
  static final String[] MENTEES = {"jun", "mia", "nora", "ravi", "ken"};
  static final Duration AN_HOUR = Duration.ofHours(1);

  @ApplicationUrl URL base;

  /** Five pairings facilitated by farid, each with {@code sessions} held sessions. */
  static List<UUID[]> fivePairings(PulseProgram program, UUID cohort, int sessions)
      throws Exception {
    List<UUID[]> held = new ArrayList<>();
    for (int s = 0; s < sessions; s++) {
      held.add(new UUID[MENTORS.length]);
    }
    for (int p = 0; p < MENTORS.length; p++) {
      UUID pairing = program.pairing(cohort, MENTORS[p], MENTEES[p], "farid");
      for (int s = 0; s < sessions; s++) {
        held.get(s)[p] = program.heldSession(pairing, AN_HOUR, MENTORS[p], MENTEES[p]);
      }
    }
    return held;
  }

  @Test
  void answersAreStoredWithoutAuthorSessionTimeOrOrder() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = program.cohort(5, "farid");
    List<UUID[]> sessions = fivePairings(program, cohort, 2);

    JsonArray waiting = Api.json(api.get("me/questions", program.token("jun"))).asJsonArray();
    Set<String> waitingFor = new TreeSet<>();
    waiting.forEach(w -> waitingFor.add(w.asJsonObject().getString("sessionId")));
    assertTrue(waitingFor.contains(sessions.get(0)[0].toString()), waiting.toString());
    assertTrue(waitingFor.contains(sessions.get(1)[0].toString()), waiting.toString());

    // 20 answers from 10 people; the values of the i-th answer tell i, for this test only. Each
    // side's answers are to go out in one batch: the test holds both groups' locks shared, as an
    // answer being written does, so that no release round can move the first five people's answers
    // while the second round is still coming in.
    int i = 0;
    try (Connection holding = PulseProgram.database().getConnection()) {
      for (RespondentRole side : RespondentRole.values()) {
        try (PreparedStatement hold =
            holding.prepareStatement("SELECT pg_advisory_lock_shared(?, hashtext(?))")) {
          hold.setInt(1, Batches.LOCK_SPACE);
          hold.setString(2, Batches.lockName(cohort, side));
          hold.execute();
        }
      }
      for (UUID[] round : sessions) {
        for (int p = 0; p < MENTORS.length; p++) {
          for (String person : new String[] {MENTORS[p], MENTEES[p]}) {
            HttpResponse<String> given =
                api.post(
                    "sessions/" + round[p] + "/answers",
                    program.token(person),
                    answer(1 + i % 5, 1 + i / 5, 3));
            assertEquals(201, given.statusCode(), person + ": " + given.body());
            assertFalse(given.body().contains("spokeOpenly"), "the receipt repeats no value");
            i++;
          }
        }
      }
      assertEquals(
          20,
          count(
              "SELECT count(*) FROM pulse_inbox WHERE cohort_id = ? AND sealed LIKE 'enc:v1:%'",
              cohort),
          "while held back, every answer waits sealed");
      assertEquals(0, count("SELECT count(*) FROM pulse_holding WHERE cohort_id = ?", cohort));
      releaseRoundPasses(api, program);
      assertEquals(
          0,
          count("SELECT count(*) FROM pulse_answer WHERE cohort_id = ?", cohort),
          "no release while an answer holds the group");
      assertEquals(
          20, count("SELECT count(*) FROM pulse_inbox WHERE cohort_id = ?", cohort), "nor mixing");
    }
    PulseProgram.awaitRelease(cohort);

    Set<String> answerColumns =
        Set.of(
            "id",
            "cohort_id",
            "respondent_role",
            "iso_week",
            "spoke_openly",
            "felt_heard",
            "would_recommend");
    assertEquals(answerColumns, columns("pulse_answer"));
    assertEquals(
        Set.of(
            "id", "cohort_id", "respondent_role", "spoke_openly", "felt_heard", "would_recommend"),
        columns("pulse_holding"),
        "waiting answers hold no week");
    assertEquals(
        Set.of("id", "cohort_id", "respondent_role", "sealed"),
        columns("pulse_inbox"),
        "arriving answers hold nothing but the group and the sealed values");
    assertEquals(
        Set.of("person_subject", "session_id", "cohort_id", "respondent_role", "pending"),
        columns("pulse_participation"));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM information_schema.columns WHERE table_name IN"
                + " ('pulse_answer', 'pulse_holding', 'pulse_inbox', 'pulse_outbox',"
                + " 'pulse_participation') AND column_default IS NOT NULL"),
        "no serial or default time in any of them");
    assertEquals(20, count("SELECT count(*) FROM pulse_answer WHERE cohort_id = ?", cohort));
    assertEquals(
        20,
        count(
            "SELECT count(*) FROM pulse_participation WHERE cohort_id = ? AND NOT pending",
            cohort));

    List<Integer> given = answerIndexes(cohort);
    given.sort(null);
    assertEquals(20, new TreeSet<>(given).size(), "every answer stored once, as given");
    for (RespondentRole side : RespondentRole.values()) {
      assertEquals(
          1,
          count(
              "SELECT count(DISTINCT xmin::text) FROM pulse_answer"
                  + " WHERE cohort_id = ? AND respondent_role = ?",
              cohort,
              side.name()),
          side + ": one batch");
      AnswersAtRest.assertKeyOrder("pulse_answer", cohort, side);
    }
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM pulse_participation p JOIN pulse_answer a ON a.xmin = p.xmin"
                + " WHERE a.cohort_id = ?",
            cohort),
        "no released answer shares a transaction with a participation row");
  }

  /**
   * A release round runs: answers given in another cohort after the caller's are released, and the
   * round that released them went over every group with answers waiting.
   */
  static void releaseRoundPasses(Api api, PulseProgram program) throws Exception {
    UUID witness = program.cohort(3, "farid");
    String[][] pairs = {{"lena", "tom"}, {"mia", "ken"}, {"nora", "ravi"}};
    for (String[] pair : pairs) {
      UUID pairing = program.pairing(witness, pair[0], pair[1], "farid");
      UUID session = program.heldSession(pairing, AN_HOUR, pair[1]);
      HttpResponse<String> given =
          api.post("sessions/" + session + "/answers", program.token(pair[1]), answer(3, 3, 3));
      assertEquals(201, given.statusCode(), given.body());
    }
    PulseProgram.awaitRelease(witness);
  }

  static Set<String> columns(String table) throws Exception {
    Set<String> columns = new TreeSet<>();
    try (Connection c = PulseProgram.database().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          columns.add(r.getString(1));
        }
      }
    }
    return Set.copyOf(columns);
  }

  /** The answers' order of giving, as their values tell it. */
  static List<Integer> answerIndexes(UUID cohort) throws Exception {
    List<Integer> indexes = new ArrayList<>();
    try (Connection c = PulseProgram.database().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT spoke_openly, felt_heard FROM pulse_answer WHERE cohort_id = ?")) {
      s.setObject(1, cohort);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          indexes.add((r.getInt(1) - 1) + 5 * (r.getInt(2) - 1));
        }
      }
    }
    return indexes;
  }

  @Test
  void wrongAnswersAreRefusedClearlyAndNothingIsStored() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = program.cohort(5, "farid");
    UUID pairing = program.pairing(cohort, "tom", "nora", "farid");
    UUID tomAlone = program.heldSession(pairing, AN_HOUR, "tom");
    UUID longAgo = program.heldSession(pairing, Duration.ofDays(8), "tom", "nora");
    UUID recent = program.heldSession(pairing, AN_HOUR, "tom", "nora");
    String tom = program.token("tom");
    String nora = program.token("nora");

    String noraWaits = api.get("me/questions", nora).body();
    assertTrue(noraWaits.contains(recent.toString()), noraWaits);
    assertFalse(noraWaits.contains(tomAlone.toString()), "not attended: not asked");
    assertFalse(noraWaits.contains(longAgo.toString()), "window closed: not asked");

    refused(api, nora, tomAlone, answer(4, 4, 4), 403, "not recorded as having attended");
    refused(api, nora, longAgo, answer(4, 4, 4), 409, "closed on");
    refused(api, tom, recent, answer(0, 4, 4), 400, "spokeOpenly must be between 1 and 5");
    refused(api, tom, recent, answer(4, 6, 4), 400, "feltHeard must be between 1 and 5");
    refused(api, tom, recent, "{\"spokeOpenly\": 4, \"feltHeard\": 4}", 400, "wouldRecommend");
    refused(api, tom, recent, "", 400, "body");
    refused(api, tom, recent, "{\"spokeOpenly\": ", 400, "JSON");
    refused(api, program.token("farid"), recent, answer(4, 4, 4), 403, "mentor and the mentee");
    refused(api, program.token("lena"), recent, answer(4, 4, 4), 404, "");
    refused(api, tom, UUID.randomUUID(), answer(4, 4, 4), 404, "");
    assertEquals(0, stored(cohort), "nothing stored");

    HttpResponse<String> given =
        api.post(
            "sessions/" + recent + "/answers",
            tom,
            "{\"spokeOpenly\":4,\"feltHeard\":5,\"wouldRecommend\":4,\"checkIn\":true}");
    assertEquals(201, given.statusCode(), given.body());
    refused(api, tom, recent, answer(1, 1, 1), 409, "you have already answered for this session");
    assertEquals(2, stored(cohort), "one answer and one participation, the second refused");
    assertFalse(api.get("me/questions", tom).body().contains(recent.toString()));

    assertEquals(
        Set.of("id", "person_subject", "cohort_id", "pairing_id", "requested_on", "opened"),
        columns("pulse_check_in"),
        "the check-in request holds no value");
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM pulse_check_in WHERE pairing_id = ? AND person_subject ="
                + " (SELECT subject FROM person WHERE username = 'tom')",
            pairing));
  }

  static long stored(UUID cohort) throws Exception {
    return count("SELECT count(*) FROM pulse_participation WHERE cohort_id = ?", cohort)
        + count("SELECT count(*) FROM pulse_inbox WHERE cohort_id = ?", cohort)
        + count("SELECT count(*) FROM pulse_holding WHERE cohort_id = ?", cohort)
        + count("SELECT count(*) FROM pulse_outbox WHERE cohort_id = ?", cohort)
        + count("SELECT count(*) FROM pulse_answer WHERE cohort_id = ?", cohort);
  }

  static void refused(Api api, String token, UUID session, String body, int status, String says)
      throws Exception {
    HttpResponse<String> refused = api.post("sessions/" + session + "/answers", token, body);
    assertEquals(status, refused.statusCode(), body + ": " + refused.body());
    assertTrue(
        refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"), body);
    String detail = Api.json(refused).asJsonObject().getString("detail", "");
    assertTrue(detail.contains(says), body + " -> " + detail);
    assertFalse(refused.body().contains("Exception"), refused.body());
  }

  @Test
  void figuresGoToHrTheCohortsFacilitatorsAndParticipantsOnly() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = program.cohort(5, "farid");
    // the facilitator of another cohort, holding the role: named on a cohort alone opens nothing
    String elsewhere = NewPeople.create("elsewhere", "employee", "facilitator");
    UUID otherCohort = program.cohort(5, elsewhere);
    UUID[] sessions = fivePairings(program, cohort, 1).get(0);
    String farid = program.token("farid");

    JsonArray before =
        Api.json(api.get("cohorts/" + cohort + "/participation", farid)).asJsonArray();
    assertEquals(10, before.size(), "everyone still has to answer: " + before);
    for (int p = 0; p < MENTORS.length; p++) {
      for (String person : new String[] {MENTORS[p], MENTEES[p]}) {
        HttpResponse<String> given =
            api.post(
                "sessions/" + sessions[p] + "/answers",
                program.token(person),
                answer(1 + p, 5 - p, 3));
        assertEquals(201, given.statusCode(), given.body());
      }
      String missing = api.get("cohorts/" + cohort + "/participation", farid).body();
      assertFalse(missing.contains("\"" + MENTEES[p] + "\""), missing);
      assertFalse(missing.contains("spokeOpenly") || missing.contains("mean"), missing);
    }
    PulseProgram.awaitRelease(cohort);

    for (String reader : new String[] {"hana", "farid", "jun", "victor"}) {
      HttpResponse<String> read = api.get("cohorts/" + cohort + "/pulse", program.token(reader));
      assertEquals(200, read.statusCode(), reader + ": " + read.body());
      JsonObject pulse = Api.json(read).asJsonObject();
      JsonObject whole = cell(pulse, null, null);
      assertEquals(10, whole.getInt("answers"), reader);
      assertNoSingleAnswer(pulse);
    }
    String audrey = program.token("audrey");
    for (String refused : new String[] {"lena", "tom", "audrey"}) {
      HttpResponse<String> read = api.get("cohorts/" + cohort + "/pulse", program.token(refused));
      assertEquals(404, read.statusCode(), refused + ": " + read.body());
      String requestId = Api.requestId(read);
      assertTrue(logged(api, audrey, refused, requestId), refused + "'s refusal is logged");
    }
    assertEquals(
        200, api.get("cohorts/" + otherCohort + "/pulse", program.token(elsewhere)).statusCode());
    assertEquals(
        404,
        api.get("cohorts/" + cohort + "/pulse", program.token(elsewhere)).statusCode(),
        "a facilitator of another cohort");
    for (String refused : new String[] {"hana", "jun", "lena", "audrey"}) {
      assertEquals(
          404,
          api.get("cohorts/" + cohort + "/participation", program.token(refused)).statusCode(),
          refused);
    }

    HttpResponse<String> across = api.get("pulse", program.token("hana"));
    assertEquals(200, across.statusCode(), across.body());
    assertNoSingleAnswer(Api.json(across).asJsonObject());
    assertEquals(404, api.get("pulse", program.token("farid")).statusCode());
    assertEquals(404, api.get("pulse", program.token("jun")).statusCode());

    // with k = 6 the five mentors and the five mentees are too few to be shown apart
    PulseProgram.update("UPDATE cohort SET anonymity_threshold = 6 WHERE id = ?", cohort);
    JsonObject stricter =
        Api.json(api.get("cohorts/" + cohort + "/pulse", program.token("hana"))).asJsonObject();
    JsonObject mentees = cell(stricter, "MENTEE", null);
    assertEquals(JsonValue.TRUE, mentees.get("suppressed"), mentees.toString());
    assertFalse(mentees.containsKey("answers"), mentees.toString());
    assertFalse(mentees.containsKey("questions"), mentees.toString());
    assertEquals("fewer than 6 answers", mentees.getString("note"));
    assertEquals(10, cell(stricter, null, null).getInt("answers"));
  }

  static JsonObject cell(JsonObject pulse, String role, String week) {
    return pulse.getJsonArray("cells").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> role == null ? !c.containsKey("role") : role.equals(c.getString("role", "")))
        .filter(c -> week == null ? !c.containsKey("week") : week.equals(c.getString("week", "")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + role + "/" + week + " in " + pulse));
  }

  /** Every cell shown rests on at least k answers; a suppressed one carries no number. */
  static void assertNoSingleAnswer(JsonObject pulse) {
    int k = pulse.getInt("threshold");
    for (JsonValue value : pulse.getJsonArray("cells")) {
      JsonObject cell = value.asJsonObject();
      if (cell.getBoolean("suppressed")) {
        assertFalse(cell.containsKey("answers") || cell.containsKey("questions"), cell.toString());
      } else {
        assertTrue(cell.getInt("answers") >= k, cell.toString());
      }
    }
  }

  static boolean logged(Api api, String auditor, String actor, String requestId) throws Exception {
    HttpResponse<String> entries =
        api.get("audit/entries?size=50&actor=" + actor + "&outcome=denied", auditor);
    return Api.json(entries).asJsonObject().getJsonArray("entries").stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(e -> requestId.equals(e.getString("requestId", null)));
  }
}
