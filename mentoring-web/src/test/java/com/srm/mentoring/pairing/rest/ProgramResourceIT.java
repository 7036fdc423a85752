package com.srm.mentoring.pairing.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.identity.rest.DirectoryIT;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The program over REST with real tokens: cohorts with named people, pairings under the rules,
 * sessions, objective, feedback notes, and who may read what. Each test runs in a cohort of its
 * own. The demo directory: jun (3) reports to lena (7) and victor (10); sam (9) and audrey (7) to
 * fiona (10); ken (4) to sam; mia (2) to lena; nora (2) to tom (5) and olga (10); farid is the
 * facilitator, erin an escalation contact, hana HR, audrey the auditor.
 */
@ExtendWith(SharedApplication.class)
class ProgramResourceIT {

  @ApplicationUrl URL base;

  final Map<String, String> tokens = new HashMap<>();

  Api api() {
    return new Api(base);
  }

  /** A fresh token for the person, who is known to the application and signed the charter. */
  String as(String username) throws Exception {
    String token = tokens.get(username);
    if (token == null) {
      token = Tokens.of(username);
      CharterSigning.signCurrent(api(), token);
      tokens.put(username, token);
    }
    return token;
  }

  /** A person created for the test, known to the application from a first call. */
  String known(String username) throws Exception {
    assertEquals(200, api().get("me", Tokens.of(username)).statusCode(), username);
    return username;
  }

  static JsonObject json(HttpResponse<String> response) {
    return Api.json(response).asJsonObject();
  }

  static JsonObject expect(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    return json(response);
  }

  /** A cohort of the test's own, with farid (or others) as facilitators and erin as contact. */
  String cohort(String... facilitators) throws Exception {
    as("erin");
    for (String f : facilitators) {
      as(f);
    }
    String body =
        """
        {"name": "Program %s", "startsOn": "2027-03-01", "endsOn": "2027-06-30",
         "facilitators": [%s], "escalationContacts": ["erin"]}"""
            .formatted(
                UUID.randomUUID(),
                List.of(facilitators).stream()
                    .map(f -> "\"" + f + "\"")
                    .collect(Collectors.joining(",")));
    return expect(201, api().post("cohorts", as("hana"), body)).getString("id");
  }

  HttpResponse<String> pair(String cohort, String mentor, String mentee, String facilitator)
      throws Exception {
    as(mentor);
    as(mentee);
    return api()
        .post(
            "cohorts/" + cohort + "/pairings",
            as("hana"),
            """
            {"mentor": "%s", "mentee": "%s", "facilitator": "%s"}"""
                .formatted(mentor, mentee, facilitator));
  }

  String formed(String cohort, String mentor, String mentee, String facilitator) throws Exception {
    return expect(201, pair(cohort, mentor, mentee, facilitator)).getString("id");
  }

  static String inTwoDays() {
    return Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  String session(String pairing, String by) throws Exception {
    return expect(
            201,
            api()
                .post(
                    "pairings/" + pairing + "/sessions",
                    as(by),
                    "{\"startsAt\": \"%s\", \"place\": \"Room 4\"}".formatted(inTwoDays())))
        .getString("id");
  }

  @Test
  void aCohortNamesItsContactsAndHrFormsAPairing() throws Exception {
    String cohort = cohort("farid");
    JsonObject seenByErin = expect(200, api().get("cohorts/" + cohort, as("erin")));
    JsonObject contact = seenByErin.getJsonArray("escalationContacts").getJsonObject(0);
    assertEquals("erin", contact.getString("username"));
    assertFalse(contact.getString("displayName").isBlank(), "the contact is named");
    assertEquals(
        "farid", seenByErin.getJsonArray("facilitators").getJsonObject(0).getString("username"));
    assertEquals(
        "ACTIVE",
        expect(200, api().post("cohorts/" + cohort + "/activation", as("hana"), ""))
            .getString("state"));

    JsonObject pairing = expect(201, pair(cohort, "jun", "sam", "farid"));
    assertNotNull(UUID.fromString(pairing.getString("id")));
    assertEquals("jun", pairing.getJsonObject("mentor").getString("username"));
    assertEquals("sam", pairing.getJsonObject("mentee").getString("username"));
    assertEquals("ACTIVE", pairing.getString("state"));

    // everyone in the cohort sees its contacts, as the charter promises
    JsonObject seenBySam = expect(200, api().get("cohorts/" + cohort, as("sam")));
    assertEquals(
        "erin",
        seenBySam.getJsonArray("escalationContacts").getJsonObject(0).getString("username"));
    assertTrue(
        api().get("me/pairings", as("jun")).body().contains(pairing.getString("id")),
        "the mentor lists it");
    assertEquals(404, api().get("cohorts/" + cohort, as("ken")).statusCode(), "not in it");
  }

  @Test
  void aCohortNeedsANamedEscalationContactHoldingTheRole() throws Exception {
    String hana = as("hana");
    as("ken");
    HttpResponse<String> none =
        api()
            .post(
                "cohorts",
                hana,
                """
                {"name": "No contact", "startsOn": "2027-03-01", "endsOn": "2027-06-30"}""");
    assertEquals(400, none.statusCode(), none.body());
    assertTrue(json(none).getString("detail").contains("escalationContacts"), none.body());
    HttpResponse<String> notAContact =
        api()
            .post(
                "cohorts",
                hana,
                """
                {"name": "Wrong contact", "startsOn": "2027-03-01", "endsOn": "2027-06-30",
                 "escalationContacts": ["ken"]}""");
    assertEquals(400, notAContact.statusCode(), notAContact.body());
    assertTrue(
        json(notAContact).getString("detail").startsWith("escalationContacts: ken"),
        notAContact.body());
  }

  @Test
  void everyBrokenRuleAnswers422NamingTheRuleAndThePeople() throws Exception {
    String cohort = cohort("farid");
    String[][] refusals = {
      // rule, mentor, mentee, facilitator, the person the message names
      {"grade-order", "sam", "jun", "farid", "sam"},
      {"reporting-line", "ken", "sam", "farid", "ken"},
      {"distinct-people", "jun", "jun", "farid", "jun"},
      {"cohort-facilitator", "jun", "sam", "hana", "hana"}
    };
    for (String[] refusal : refusals) {
      HttpResponse<String> refused = pair(cohort, refusal[1], refusal[2], refusal[3]);
      assertEquals(422, refused.statusCode(), refusal[0] + ": " + refused.body());
      assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
      String detail = json(refused).getString("detail");
      assertTrue(detail.startsWith(refusal[0] + ": "), detail);
      assertTrue(detail.contains(refusal[4]), detail);
    }

    formed(cohort, "jun", "sam", "farid");
    HttpResponse<String> twice = pair(cohort, "jun", "fiona", "farid");
    assertEquals(422, twice.statusCode(), twice.body());
    assertTrue(json(twice).getString("detail").startsWith("one-active-pairing: jun"));

    // a person of this test's own: a withdrawal counts in the figures of every cohort its person
    // was ever paired in, so a demo person's would change other tests' figures
    String leaving = known(NewPeople.graded("withdrawn", 2, "employee"));
    expect(201, api().post("me/withdrawal", as(leaving), "{}"));
    HttpResponse<String> unsigned =
        api()
            .post(
                "cohorts/" + cohort + "/pairings",
                as("hana"),
                "{\"mentor\": \"%s\", \"mentee\": \"fiona\", \"facilitator\": \"farid\"}"
                    .formatted(leaving));
    assertEquals(422, unsigned.statusCode(), unsigned.body());
    assertTrue(json(unsigned).getString("detail").startsWith("charter-signed: " + leaving));

    HttpResponse<String> nobody =
        api()
            .post(
                "cohorts/" + cohort + "/pairings",
                as("hana"),
                "{\"mentor\": \"no-such-person\", \"mentee\": \"fiona\", \"facilitator\": \"farid\"}");
    assertEquals(400, nobody.statusCode(), nobody.body());
    assertTrue(json(nobody).getString("detail").startsWith("mentor"), nobody.body());
    HttpResponse<String> missing = api().post("cohorts/" + cohort + "/pairings", as("hana"), "{}");
    assertEquals(400, missing.statusCode(), missing.body());
    assertTrue(json(missing).getString("detail").contains("mentor is required"), missing.body());
    HttpResponse<String> noCohort =
        api()
            .post(
                "cohorts/" + UUID.randomUUID() + "/pairings",
                as("hana"),
                "{\"mentor\": \"mia\", \"mentee\": \"fiona\", \"facilitator\": \"farid\"}");
    assertEquals(404, noCohort.statusCode(), noCohort.body());
    assertEquals(
        1,
        Api.json(api().get("cohorts/" + cohort + "/pairings", as("hana"))).asJsonArray().size(),
        "nothing refused was written");
  }

  @Test
  void aSessionWithBothAgendasAndTheObjectiveLockedOnceHeld() throws Exception {
    String cohort = cohort("farid");
    String pairing = formed(cohort, "jun", "sam", "farid");
    String objective = "pairings/" + pairing + "/objective";

    JsonObject stated =
        expect(
            200,
            put(
                objective,
                as("sam"),
                "{\"text\": \"I will learn how a sprint feels on a team.\"}"));
    assertEquals("I will learn how a sprint feels on a team.", stated.getString("objective"));
    long version = stated.getJsonNumber("version").longValue();
    assertEquals(403, put(objective, as("jun"), "{\"text\": \"I will learn X.\"}").statusCode());
    HttpResponse<String> empty = put(objective, as("sam"), "{\"text\": \" \"}");
    assertEquals(400, empty.statusCode(), empty.body());
    assertTrue(json(empty).getString("detail").startsWith("text"), empty.body());
    HttpResponse<String> tooLong =
        put(objective, as("sam"), "{\"text\": \"" + "x".repeat(501) + "\"}");
    assertEquals(400, tooLong.statusCode(), tooLong.body());
    expect(
        200,
        put(
            objective,
            as("sam"),
            "{\"text\": \"I will learn what slows reviews down.\", \"version\": %d}"
                .formatted(version)));
    HttpResponse<String> stale =
        put(
            objective,
            as("sam"),
            "{\"text\": \"I will learn Y.\", \"version\": %d}".formatted(version));
    assertEquals(409, stale.statusCode(), "a form showing the older version: " + stale.body());

    HttpResponse<String> past =
        api()
            .post(
                "pairings/" + pairing + "/sessions",
                as("jun"),
                "{\"startsAt\": \"2020-01-01T10:00:00Z\"}");
    assertEquals(400, past.statusCode(), past.body());
    assertTrue(json(past).getString("detail").startsWith("startsAt"), past.body());
    String session = session(pairing, "jun");
    expect(
        200,
        api().post("sessions/" + session + "/agenda", as("jun"), "{\"text\": \"Release day\"}"));
    JsonObject agenda =
        expect(
            200,
            api().post("sessions/" + session + "/agenda", as("sam"), "{\"text\": \"Steering\"}"));
    assertEquals(2, agenda.getJsonArray("agenda").size());
    assertEquals(
        "sam",
        agenda
            .getJsonArray("agenda")
            .getJsonObject(1)
            .getJsonObject("author")
            .getString("username"));
    HttpResponse<String> longItem =
        api()
            .post(
                "sessions/" + session + "/agenda",
                as("jun"),
                "{\"text\": \"" + "x".repeat(1001) + "\"}");
    assertEquals(400, longItem.statusCode(), longItem.body());
    assertTrue(json(longItem).getString("detail").startsWith("text"), longItem.body());

    JsonObject forFarid = expect(200, api().get("sessions/" + session, as("farid")));
    assertTrue(forFarid.getString("openingScript").contains("I will learn"), forFarid.toString());
    assertFalse(
        json(api().get("sessions/" + session, as("jun"))).containsKey("openingScript"),
        "the script is the facilitator's");

    JsonObject held =
        expect(
            200,
            api()
                .post(
                    "sessions/" + session + "/held",
                    as("farid"),
                    "{\"attended\": [\"jun\", \"sam\"]}"));
    assertEquals("HELD", held.getString("state"));
    assertEquals(2, held.getJsonArray("attended").size());

    HttpResponse<String> locked = put(objective, as("sam"), "{\"text\": \"I will learn Z.\"}");
    assertEquals(409, locked.statusCode(), locked.body());
    assertTrue(json(locked).getString("detail").startsWith("objective"), locked.body());
    JsonObject after = expect(200, api().get("pairings/" + pairing, as("sam")));
    assertTrue(after.getBoolean("objectiveLocked"));
    assertEquals("I will learn what slows reviews down.", after.getString("objective"));
    assertEquals(
        409,
        api()
            .post("sessions/" + session + "/agenda", as("jun"), "{\"text\": \"late\"}")
            .statusCode());
  }

  /** A PUT with a JSON body; the shared API helper only sends empty ones. */
  HttpResponse<String> put(String path, String token, String json) throws Exception {
    return HttpProbe.send(
        HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve("api/" + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  @Test
  void notesArePrivateUntilSharedAndEachPartIsRequired() throws Exception {
    String cohort = cohort("farid");
    String pairing = formed(cohort, "jun", "sam", "farid");
    String notes = "pairings/" + pairing + "/notes";
    HttpResponse<String> missingPart =
        api()
            .post(
                notes,
                as("jun"),
                "{\"framework\": \"SBI\", \"situation\": \"s\", \"impact\": \"i\"}");
    assertEquals(400, missingPart.statusCode(), missingPart.body());
    assertTrue(json(missingPart).getString("detail").startsWith("behaviour"), missingPart.body());
    HttpResponse<String> tooLong =
        api()
            .post(
                notes,
                as("jun"),
                "{\"framework\": \"DESC\", \"describe\": \"%s\", \"express\": \"e\", \"specify\": \"s\", \"consequences\": \"c\"}"
                    .formatted("x".repeat(1001)));
    assertEquals(400, tooLong.statusCode(), tooLong.body());
    assertTrue(json(tooLong).getString("detail").startsWith("describe"), tooLong.body());
    HttpResponse<String> unknownFramework =
        api().post(notes, as("jun"), "{\"framework\": \"XYZ\"}");
    assertEquals(400, unknownFramework.statusCode());
    assertTrue(json(unknownFramework).getString("detail").startsWith("framework"));

    JsonObject note =
        expect(
            201,
            api()
                .post(
                    notes,
                    as("jun"),
                    "{\"framework\": \"SBI\", \"situation\": \"Monday's review\","
                        + " \"behaviour\": \"You asked each of us first\","
                        + " \"impact\": \"I spoke up\"}"));
    String id = note.getString("id");
    assertEquals("I spoke up", note.getJsonObject("parts").getString("impact"));
    assertEquals(404, api().get("notes/" + id, as("sam")).statusCode(), "private to its author");
    assertEquals(0, Api.json(api().get(notes, as("sam"))).asJsonArray().size());
    assertEquals(404, api().post("notes/" + id + "/share", as("sam"), "").statusCode());

    expect(200, api().post("notes/" + id + "/share", as("jun"), ""));
    assertEquals(
        "I spoke up",
        json(api().get("notes/" + id, as("sam"))).getJsonObject("parts").getString("impact"));
    assertEquals(1, Api.json(api().get(notes, as("sam"))).asJsonArray().size());
    assertEquals(404, api().get("notes/" + id, as("farid")).statusCode(), "not the facilitator's");
    assertEquals(404, api().get("notes/" + id, as("hana")).statusCode(), "not HR's");

    expect(200, api().delete("notes/" + id + "/share", as("jun")));
    assertEquals(404, api().get("notes/" + id, as("sam")).statusCode(), "unshared again");
  }

  @Test
  void whoReadsWhatAndEveryRefusalIsLogged() throws Exception {
    String hana = as("hana");
    String pat = Tokens.of("pat");
    assertEquals(200, api().get("me", pat).statusCode());
    assertEquals(200, api().put("directory/people/pat/roles/facilitator", hana).statusCode());
    try {
      String cohort = cohort("farid");
      String pairing = formed(cohort, "jun", "sam", "farid");
      String other = cohort("pat");
      formed(other, "mia", "fiona", "pat");
      put("pairings/" + pairing + "/objective", as("sam"), "{\"text\": \"I will learn X.\"}");
      String session = session(pairing, "sam");
      String note =
          expect(
                  201,
                  api()
                      .post(
                          "pairings/" + pairing + "/notes",
                          as("sam"),
                          "{\"framework\": \"SBI\", \"situation\": \"s\", \"behaviour\": \"b\","
                              + " \"impact\": \"i\"}"))
              .getString("id");
      expect(200, api().post("notes/" + note + "/share", as("sam"), ""));

      Map<String, String> reads = new HashMap<>();
      reads.put("pairing", "pairings/" + pairing);
      reads.put("sessions", "pairings/" + pairing + "/sessions");
      reads.put("session", "sessions/" + session);
      reads.put("notes", "pairings/" + pairing + "/notes");
      reads.put("note", "notes/" + note);
      Set<String> pairingReaders = Set.of("jun", "sam", "farid", "hana");
      Set<String> noteReaders = Set.of("jun", "sam");
      List<String> everyone =
          List.of("jun", "sam", "farid", "pat", "hana", "ken", "erin", "audrey");
      List<String> refused = new ArrayList<>();
      for (String reader : everyone) {
        for (var read : reads.entrySet()) {
          boolean allowed =
              read.getKey().equals("note")
                  ? noteReaders.contains(reader)
                  : pairingReaders.contains(reader);
          HttpResponse<String> response = api().get(read.getValue(), as(reader));
          assertEquals(
              allowed ? 200 : 404, response.statusCode(), reader + " reads " + read.getKey());
          if (!allowed) {
            refused.add(reader);
          }
        }
        String mine = api().get("me/pairings", as(reader)).body();
        assertEquals(
            pairingReaders.contains(reader) && !reader.equals("hana"),
            mine.contains(pairing),
            reader + " lists their own pairings only");
        JsonValue cohortList = Api.json(api().get("cohorts/" + cohort + "/pairings", as(reader)));
        assertEquals(
            pairingReaders.contains(reader) ? 1 : 0,
            cohortList.asJsonArray().size(),
            reader + " lists the cohort's pairings they may read");
      }
      // HR reads the pairing and its sessions, but not the notes: a note is its author's
      assertEquals(
          0,
          Api.json(api().get("pairings/" + pairing + "/notes", as("hana"))).asJsonArray().size());
      assertEquals(404, api().get("notes/" + note, as("hana")).statusCode());

      // every refusal above is in the access log, as denied, with the record asked for
      String audrey = as("audrey");
      for (String reader : Set.copyOf(refused)) {
        for (String[] record :
            new String[][] {{"pairing", pairing}, {"session", session}, {"feedback-note", note}}) {
          if (record[0].equals("feedback-note")
              ? noteReaders.contains(reader)
              : pairingReaders.contains(reader)) {
            continue;
          }
          HttpResponse<String> logged =
              api()
                  .get(
                      "audit/entries?size=50&outcome=denied&actor="
                          + reader
                          + "&recordType="
                          + record[0]
                          + "&recordId="
                          + record[1],
                      audrey);
          assertEquals(200, logged.statusCode(), logged.body());
          assertFalse(
              json(logged).getJsonArray("entries").isEmpty(),
              reader + "'s refused read of the " + record[0] + " is logged");
        }
      }
      HttpResponse<String> granted =
          api()
              .get(
                  "audit/entries?size=50&outcome=granted&actor=erin&recordType=pairing&recordId="
                      + pairing,
                  audrey);
      assertTrue(
          json(granted).getJsonArray("entries").isEmpty(),
          "a refused read is never logged as granted");
      HttpResponse<String> junRead =
          api()
              .get(
                  "audit/entries?size=50&outcome=granted&actor=jun&recordType=pairing&recordId="
                      + pairing,
                  audrey);
      assertFalse(json(junRead).getJsonArray("entries").isEmpty(), "every read is logged");
      assertEquals(404, api().get("pairings/" + UUID.randomUUID(), as("hana")).statusCode());
    } finally {
      api().delete("directory/people/pat/roles/facilitator", hana);
    }
  }

  @Test
  void aRepairRequestRevealsNoReasonAndAWithdrawalEndsThePairing() throws Exception {
    String cohort = cohort("farid");
    // a junior of this test's own, who withdraws: a demo person's withdrawal would count in the
    // figures of every cohort they were ever paired in
    String junior = known(NewPeople.graded("leaving", 2, "employee"));
    String pairing = formed(cohort, junior, "fiona", "farid");
    String token = as(junior);
    expect(200, api().post("pairings/" + pairing + "/repair-request", as("fiona"), ""));
    assertTrue(
        expect(200, api().get("pairings/" + pairing, as("farid"))).getBoolean("repairRequested"));
    assertTrue(
        expect(200, api().get("pairings/" + pairing, as("hana"))).getBoolean("repairRequested"));
    JsonObject seenByJunior = expect(200, api().get("pairings/" + pairing, token));
    assertFalse(seenByJunior.containsKey("repairRequested"), seenByJunior.toString());
    assertEquals("MENTOR", seenByJunior.getString("you"), "the API says which party the caller is");
    assertTrue(seenByJunior.getBoolean("mayAskForRepair"), "a party may ask while it goes on");
    assertFalse(seenByJunior.getBoolean("mayEnd"), "only HR ends it");
    assertTrue(
        expect(200, api().get("pairings/" + pairing, as("hana"))).getBoolean("mayEnd"),
        "HR may end it");
    assertFalse(
        expect(200, api().get("pairings/" + pairing, as("farid"))).getBoolean("mayAskForRepair"),
        "the facilitator asks for no re-pair");
    assertEquals("ACTIVE", seenByJunior.getString("state"));
    expect(201, api().post("me/withdrawal", token, "{\"reason\": \"private\"}"));
    JsonObject seenByFiona = expect(200, api().get("pairings/" + pairing, as("fiona")));
    assertEquals("ENDED", seenByFiona.getString("state"));
    assertNotNull(seenByFiona.getString("endedAt"));
    String body = seenByFiona.toString().toLowerCase(java.util.Locale.ROOT);
    assertFalse(
        body.contains("withdr") || body.contains("private") || body.contains("cause"), body);
    // HR may form a new pairing for fiona now
    formed(cohort, "nora", "fiona", "farid");
  }

  @Test
  void closingACohortAndADirectoryDeactivationEndPairings() throws Exception {
    String cohort = cohort("farid");
    String closing = formed(cohort, "jun", "sam", "farid");
    expect(200, api().post("cohorts/" + cohort + "/activation", as("hana"), ""));
    expect(200, api().post("cohorts/" + cohort + "/closing", as("hana"), ""));
    assertEquals(
        "ENDED", expect(200, api().get("pairings/" + closing, as("sam"))).getString("state"));

    String another = cohort("farid");
    String pairing = formed(another, "nora", "sam", "farid");
    try (Keycloak admin = Tokens.admin()) {
      UserResource nora = DirectoryIT.user(admin, "nora");
      try {
        UserRepresentation disabled = nora.toRepresentation();
        disabled.setEnabled(false);
        nora.update(disabled);
        expect(200, api().post("directory/sync", as("hana"), ""));
        assertEquals(
            "ENDED", expect(200, api().get("pairings/" + pairing, as("sam"))).getString("state"));
      } finally {
        UserRepresentation enabled = nora.toRepresentation();
        enabled.setEnabled(true);
        nora.update(enabled);
        api().post("directory/sync", Tokens.of("hana"), "");
      }
    }
  }

  @Test
  void aSixthPairingIsFormedWithAWarningAboveAPilotsSize() throws Exception {
    String cohort = cohort("farid");
    String[][] pairs = {
      {"jun", "sam"}, {"mia", "fiona"}, {"ken", "victor"}, {"nora", "lena"}, {"audrey", "pat"}
    };
    for (String[] pair : pairs) {
      JsonObject formed = expect(201, pair(cohort, pair[0], pair[1], "farid"));
      assertFalse(formed.containsKey("warning"), formed.toString());
    }
    JsonObject sixth = expect(201, pair(cohort, "erin", "hana", "farid"));
    assertTrue(sixth.getString("warning").startsWith("pilot-size:"), sixth.toString());
  }

  @Test
  void aTopicsBodyNamingNeitherListIsRefusedNamingTopicsAndChangesNothing() throws Exception {
    String token = as(NewPeople.create("topics", "employee"));
    expect(200, put("me/topics", token, "{\"offers\": [\"kotlin\"]}"));

    HttpResponse<String> empty = put("me/topics", token, "{}");
    assertEquals(400, empty.statusCode(), empty.body());
    assertEquals(
        "application/problem+json",
        empty.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    JsonObject problem = json(empty);
    assertEquals("topics", problem.getString("field"), empty.body());
    assertEquals("refusal.topics.required", problem.getString("code"), empty.body());
    assertTrue(problem.getString("detail").startsWith("topics: "), empty.body());

    JsonObject mine = expect(200, api().get("me/topics", token));
    assertEquals("[\"kotlin\"]", mine.getJsonArray("offers").toString(), "nothing cleared");
  }

  @Test
  void aGermanReaderIsToldInGermanThatTheCohortIsClosed() throws Exception {
    String cohort = cohort("farid");
    expect(200, api().post("cohorts/" + cohort + "/activation", as("hana"), ""));
    expect(200, api().post("cohorts/" + cohort + "/closing", as("hana"), ""));
    as("jun");
    as("sam");
    String pairing = "{\"mentor\": \"jun\", \"mentee\": \"sam\", \"facilitator\": \"farid\"}";

    HttpResponse<String> german =
        api()
            .post(
                "cohorts/" + cohort + "/pairings", as("hana"), pairing, "de-DE,de;q=0.9,en;q=0.5");
    JsonObject inGerman = expect(422, german);
    assertEquals("cohort-open: die Kohorte ist abgeschlossen", inGerman.getString("detail"));
    assertEquals("cohort-open", inGerman.getString("field"));
    assertEquals("refusal.pairing.cohortClosed", inGerman.getString("code"));

    JsonObject inEnglish = expect(422, pair(cohort, "jun", "sam", "farid"));
    assertEquals("cohort-open: the cohort is closed", inEnglish.getString("detail"));
    assertEquals(
        inGerman.getString("code"), inEnglish.getString("code"), "one code in every language");
  }

  @Test
  void suggestionsShareTheMostTopicsAndSayWhy() throws Exception {
    String cohort = cohort("farid");
    expect(
        200,
        put("me/topics", as("sam"), "{\"wantsToLearn\": [\"Cloud\", \"ai \"], \"offers\": []}"));
    expect(200, put("me/topics", as("fiona"), "{\"wantsToLearn\": [\"ux\", \"cloud\"]}"));
    expect(200, put("me/topics", as("jun"), "{\"offers\": [\"cloud\", \"AI\"]}"));
    expect(200, put("me/topics", as("mia"), "{\"offers\": [\"ux\", \"cloud\"]}"));
    JsonObject mine = expect(200, api().get("me/topics", as("sam")));
    assertTrue(mine.getJsonArray("suggestions").toString().contains("\"ux\""), "others' tags");

    HttpResponse<String> suggested =
        api()
            .post(
                "cohorts/" + cohort + "/suggestions",
                as("hana"),
                "{\"seniors\": [\"sam\", \"fiona\"], \"juniors\": [\"jun\", \"mia\"]}");
    assertEquals(200, suggested.statusCode(), suggested.body());
    var proposals = Api.json(suggested).asJsonArray();
    assertEquals(2, proposals.size(), suggested.body());
    Map<String, String> pairs = new HashMap<>();
    for (var p : proposals) {
      JsonObject proposal = p.asJsonObject();
      pairs.put(
          proposal.getJsonObject("mentee").getString("username"),
          proposal.getJsonObject("mentor").getString("username")
              + " "
              + proposal.getJsonArray("sharedTopics"));
    }
    assertEquals("jun [\"ai\",\"cloud\"]", pairs.get("sam"));
    assertEquals("mia [\"cloud\",\"ux\"]", pairs.get("fiona"));
    formed(cohort, "jun", "sam", "farid");

    HttpResponse<String> twice =
        api()
            .post(
                "cohorts/" + cohort + "/suggestions",
                as("hana"),
                "{\"seniors\": [\"sam\"], \"juniors\": [\"sam\"]}");
    assertEquals(400, twice.statusCode(), twice.body());
    HttpResponse<String> notHr =
        api()
            .post(
                "cohorts/" + cohort + "/suggestions",
                as("jun"),
                "{\"seniors\": [\"sam\"], \"juniors\": [\"jun\"]}");
    assertEquals(403, notHr.statusCode(), "only HR asks for suggestions: " + notHr.body());
  }
}
