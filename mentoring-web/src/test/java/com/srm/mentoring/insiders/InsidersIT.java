package com.srm.mentoring.insiders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The promises that let a junior speak openly, tried by insiders over REST with real tokens: HR
 * appointing herself, a contact named late, a contact or facilitator whose role is taken away, the
 * other party as a contact, HR's counts, a facilitator as a party, the username probe and the GET
 * that would clear a notice. Each refusal is also looked up in the access log. People whose roles
 * change are created for the test, so that no other test meets a changed demo person.
 */
@ExtendWith(SharedApplication.class)
class InsidersIT {

  @ApplicationUrl URL base;

  @Test
  void nobodyChangesTheirOwnRolesAndNobodyHoldsTwoOfTheWatchingRoles() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    String hana = program.token("hana");

    HttpResponse<String> self = api.put("directory/people/hana/roles/escalation-contact", hana);
    assertEquals(400, self.statusCode(), self.body());
    assertTrue(self.body().contains("nobody grants or removes their own roles"), self.body());
    assertEquals(
        400, api.delete("directory/people/hana/roles/auditor", hana).statusCode(), "nor removes");
    assertTrue(denied(api, "person", "hana").contains("hana"), "the attempt is in the log");

    String colleague = NewPeople.create("hr", "employee", "hr-admin");
    HttpResponse<String> second =
        api.put("directory/people/hana/roles/escalation-contact", program.token(colleague));
    assertEquals(400, second.statusCode(), second.body());
    assertTrue(second.body().contains("separation of duties"), second.body());

    // the directory itself gives someone two of them: they act in neither until HR resolves it
    String dual = NewPeople.create("dual", "employee", "hr-admin", "auditor");
    String dualToken = program.token(dual);
    assertEquals(404, api.get("cohorts", dualToken).statusCode(), "no HR reach");
    assertEquals(404, api.get("audit/entries?size=1", dualToken).statusCode(), "no auditor reach");
    JsonObject shown = person(api, hana, dual);
    assertTrue(shown.getBoolean("roleConflict"), "HR's people view shows the conflict");

    assertEquals(200, api.delete("directory/people/" + dual + "/roles/auditor", hana).statusCode());
    assertFalse(person(api, hana, dual).getBoolean("roleConflict"));
    assertEquals(200, api.get("cohorts", dualToken).statusCode(), "resolved: HR again");
  }

  @Test
  void aContactNamedLaterNeverReadsAnEarlierConcernAndTheOthersAreTold() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    String late = NewPeople.create("late", "employee", "escalation-contact");
    program.token(late);
    UUID cohort = cohortWithContacts(program, "erin");
    UUID pairing = program.pairing(cohort, "jun", "lena", "farid");
    String marker = UUID.randomUUID().toString();
    JsonObject raised = raise(api, program.token("jun"), pairing, "Early " + marker, "");
    String id = raised.getString("id");
    assertEquals(List.of("erin"), strings(raised.getJsonArray("readers")), "named on sending");

    HttpResponse<String> edited = editContacts(api, program, cohort, "erin", late);
    assertEquals(200, edited.statusCode(), edited.body());

    String lateToken = program.token(late);
    assertEquals(404, api.get("concerns/" + id, lateToken).statusCode());
    assertFalse(api.get("concerns", lateToken).body().contains(id), "nor listed");
    assertEquals(List.of(), ids(api.get("concerns?q=" + marker, lateToken)), "nor found");
    assertTrue(denied(api, "concern", id).contains(late), "the refusal is in the access log");

    JsonObject later = raise(api, program.token("jun"), pairing, "Later " + marker, "");
    assertEquals(
        Set.of("erin", late),
        Set.copyOf(strings(later.getJsonArray("readers"))),
        "a concern raised after the naming has them as readers");

    List<JsonObject> notices = notices(api, program.token("farid"), cohort);
    assertTrue(
        notices.stream().anyMatch(n -> n.getString("kind").equals("CONTACT_NAMED")),
        "the cohort's facilitator is told: " + notices);
    assertFalse(notices(api, program.token("erin"), cohort).isEmpty(), "so is its other contact");
    assertTrue(
        granted(api, "cohort-contact", cohort + "/" + program.subject(late)).contains("hana"),
        "the naming is in the access log");
  }

  @Test
  void aContactWhoseRoleIsRemovedLosesTheConcernAtTheNextRequestAndTheStepPassesOn()
      throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    String leaving = NewPeople.create("leaving", "employee", "escalation-contact");
    program.token(leaving);
    UUID cohort = cohortWithContacts(program, "erin", leaving);
    UUID pairing = program.pairing(cohort, "jun", "lena", "farid");
    String id =
        raise(api, program.token("jun"), pairing, "Owned " + UUID.randomUUID(), "").getString("id");
    String leavingToken = program.token(leaving);
    HttpResponse<String> taken = move(api, leavingToken, id, "STEP_3");
    assertEquals(200, taken.statusCode(), taken.body());
    assertEquals(leaving, Api.json(taken).asJsonObject().getString("owner"));

    HttpResponse<String> removed =
        api.delete(
            "directory/people/" + leaving + "/roles/escalation-contact", program.token("hana"));
    assertEquals(200, removed.statusCode(), removed.body());

    assertEquals(404, api.get("concerns/" + id, leavingToken).statusCode(), "not readable");
    assertFalse(api.get("concerns", leavingToken).body().contains(id), "not listed");
    assertEquals(
        404,
        api.post("concerns/" + id + "/notes", leavingToken, "{\"text\": \"still here\"}")
            .statusCode(),
        "cannot annotate");
    assertEquals(404, move(api, leavingToken, id, "RESOLVED").statusCode(), "cannot move it");
    assertTrue(denied(api, "concern", id).contains(leaving), "every refusal is logged");

    String jun = program.token("jun");
    JsonObject handedOn =
        Await.until(
            () -> Api.json(api.get("concerns/" + id, jun)).asJsonObject(),
            c -> "erin".equals(c.getString("owner", null)),
            "the step passes to erin, the remaining reader");
    assertEquals("STEP_3", handedOn.getString("state"));
  }

  @Test
  void whenNoReaderRemainsOnlyTheReporterIsTold() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    String only = NewPeople.create("only", "employee", "escalation-contact");
    program.token(only);
    UUID cohort = cohortWithContacts(program, only);
    UUID pairing = program.pairing(cohort, "jun", "lena", "farid");
    String id =
        raise(api, program.token("jun"), pairing, "Alone " + UUID.randomUUID(), "").getString("id");
    HttpResponse<String> removed =
        api.delete("directory/people/" + only + "/roles/escalation-contact", program.token("hana"));
    assertEquals(200, removed.statusCode(), removed.body());

    String jun = program.token("jun");
    JsonObject orphaned =
        Await.until(
            () -> Api.json(api.get("concerns/" + id, jun)).asJsonObject(),
            c -> !c.containsKey("owner") || c.isNull("owner"),
            "nobody owns it any more");
    assertTrue(
        orphaned.getJsonArray("notes").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(n -> n.getString("body").contains("can take it on any more")),
        "the reporter is told: " + orphaned);
    assertEquals(404, api.get("concerns/" + id, program.token("hana")).statusCode());
  }

  @Test
  void aFacilitatorWhoseRoleIsRemovedLosesTheirPairingsFiguresAndWarnings() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    String moderator = NewPeople.create("mod", "employee", "facilitator");
    String token = program.token(moderator);
    UUID cohort = program.cohort(3, moderator);
    UUID pairing = program.pairing(cohort, "mia", "ken", moderator);
    assertEquals(200, api.get("pairings/" + pairing, token).statusCode());
    assertEquals(200, api.get("analytics/cohorts/" + cohort, token).statusCode());
    assertEquals(200, api.get("cohorts/" + cohort + "/participation", token).statusCode());

    HttpResponse<String> removed =
        api.delete("directory/people/" + moderator + "/roles/facilitator", program.token("hana"));
    assertEquals(200, removed.statusCode(), removed.body());

    assertEquals(404, api.get("pairings/" + pairing, token).statusCode(), "the pairing is gone");
    assertFalse(api.get("me/pairings", token).body().contains(pairing.toString()), "not listed");
    assertEquals(404, api.get("analytics/cohorts/" + cohort, token).statusCode(), "no figures");
    assertEquals(
        404,
        api.get("cohorts/" + cohort + "/participation", token).statusCode(),
        "nor who has not answered");
    assertEquals("[]", api.get("me/early-warnings", token).body().strip(), "no warnings");
    assertTrue(denied(api, "pairing", pairing.toString()).contains(moderator), "logged");
  }

  @Test
  void theOtherPartyNeverReadsAConcernAboutTheirPairingEvenAsAContact() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    String mentee = NewPeople.create("both", "employee", "escalation-contact");
    program.token(mentee);
    UUID cohort = cohortWithContacts(program, "erin", mentee);
    UUID pairing = program.pairing(cohort, "jun", mentee, "farid");

    JsonObject choice =
        Api.json(api.get("concerns/readers?pairing=" + pairing, program.token("jun")))
            .asJsonObject();
    assertEquals(List.of("erin"), usernames(choice.getJsonArray("readers")), "named beforehand");
    assertFalse(
        usernames(choice.getJsonArray("excludable")).contains(mentee),
        "the other party is not even offered: they never read it");

    JsonObject raised = raise(api, program.token("jun"), pairing, "About " + mentee, "");
    String id = raised.getString("id");
    assertEquals(List.of("erin"), strings(raised.getJsonArray("readers")));
    String menteeToken = program.token(mentee);
    assertEquals(404, api.get("concerns/" + id, menteeToken).statusCode());
    assertFalse(api.get("concerns", menteeToken).body().contains(id));
    assertTrue(denied(api, "concern", id).contains(mentee));
  }

  @Test
  void aConfidentialCheckInAfterASessionLeavesTheOtherPartyOutToo() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    String mentee = NewPeople.create("checkin", "employee", "escalation-contact");
    String contact = NewPeople.create("listener", "employee", "escalation-contact");
    program.token(mentee);
    program.token(contact);
    UUID cohort = cohortWithContacts(program, contact, mentee);
    UUID pairing = program.pairing(cohort, "jun", mentee, "farid");
    UUID session = program.heldSession(pairing, Duration.ofHours(1), "jun", mentee);
    HttpResponse<String> answered =
        api.post(
            "sessions/" + session + "/answers",
            program.token("jun"),
            "{\"spokeOpenly\": 2, \"feltHeard\": 2, \"wouldRecommend\": 2, \"checkIn\": true}");
    assertEquals(201, answered.statusCode(), answered.body());

    String contactToken = program.token(contact);
    List<String> opened =
        Await.until(
            () -> ids(api.get("concerns", contactToken)),
            found -> !found.isEmpty(),
            "the check-in request becomes a concern");
    String id = opened.get(0);
    JsonObject concern = Api.json(api.get("concerns/" + id, contactToken)).asJsonObject();
    assertEquals(pairing.toString(), concern.getString("pairing"));
    assertEquals(List.of(contact), strings(concern.getJsonArray("readers")), "never the mentee");
    assertEquals(404, api.get("concerns/" + id, program.token(mentee)).statusCode());
    assertTrue(denied(api, "concern", id).contains(mentee));
  }

  @Test
  void aFacilitatorIsNeverAPartyOfAPairingTheyFacilitate() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = program.cohort(5, "farid");
    program.token("jun");
    HttpResponse<String> refused =
        api.post(
            "cohorts/" + cohort + "/pairings",
            program.token("hana"),
            "{\"mentor\": \"jun\", \"mentee\": \"farid\", \"facilitator\": \"farid\"}");
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("facilitator"), refused.body());
    assertTrue(denied(api, "pairing", cohort.toString()).contains("hana"), "logged");
  }

  @Test
  void theConcernFormTellsNobodyWhetherAUsernameExists() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = cohortWithContacts(program, "erin");
    UUID pairing = program.pairing(cohort, "jun", "lena", "farid");
    String jun = program.token("jun");
    String known = "hana";
    String unknown = "nobody" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> exists = api.post("concerns", jun, concern(pairing, "t", known));
    HttpResponse<String> missing = api.post("concerns", jun, concern(pairing, "t", unknown));
    assertEquals(400, exists.statusCode(), exists.body());
    assertEquals(400, missing.statusCode(), missing.body());
    assertTrue(exists.body().contains("excluded"), exists.body());
    assertEquals(
        exists.body().replace(known, "NAME"),
        missing.body().replace(unknown, "NAME"),
        "the same answer whether or not the person exists");
    assertTrue(denied(api, "person", unknown).contains("jun"), "the probe is logged");
  }

  @Test
  void openingAConcernNeverClearsTheNoticeOnlyAPostDoes() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    String contact = NewPeople.create("notice", "employee", "escalation-contact");
    String token = program.token(contact);
    UUID cohort = cohortWithContacts(program, contact);
    UUID pairing = program.pairing(cohort, "jun", "lena", "farid");
    String id =
        raise(api, program.token("jun"), pairing, "Notice " + UUID.randomUUID(), "")
            .getString("id");
    assertTrue(api.get("concerns/notifications", token).body().contains(id));
    assertEquals(200, api.get("concerns/" + id, token).statusCode());
    assertEquals(200, api.get("concerns/" + id, token).statusCode());
    assertTrue(
        api.get("concerns/notifications", token).body().contains(id), "a GET leaves the notice");
    assertEquals(204, api.post("concerns/" + id + "/seen", token, "").statusCode());
    assertFalse(api.get("concerns/notifications", token).body().contains(id), "a POST clears it");
  }

  /** An active cohort that farid facilitates, with these escalation contacts named on it. */
  private static UUID cohortWithContacts(PulseProgram program, String... contacts)
      throws Exception {
    UUID cohort = program.cohort(5, "farid");
    for (String contact : contacts) {
      PulseProgram.update(
          "INSERT INTO cohort_escalation_contact (cohort_id, subject) VALUES (?, ?)",
          cohort,
          program.subject(contact));
    }
    return cohort;
  }

  /** HR names the cohort's contacts through the real edit, keeping everything else. */
  private static HttpResponse<String> editContacts(
      Api api, PulseProgram program, UUID cohort, String... contacts) throws Exception {
    String hana = program.token("hana");
    JsonObject shown = Api.json(api.get("cohorts/" + cohort, hana)).asJsonObject();
    String names =
        List.of(contacts).stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(","));
    String body =
        """
        {"name": "%s", "startsOn": "%s", "endsOn": "%s", "anonymityThreshold": %d,
         "facilitators": ["farid"], "escalationContacts": [%s], "version": %d}"""
            .formatted(
                shown.getString("name"),
                shown.getString("startsOn"),
                shown.getString("endsOn"),
                shown.getInt("anonymityThreshold"),
                names,
                shown.getJsonNumber("version").longValue());
    return api.put("cohorts/" + cohort, hana, body);
  }

  private static JsonObject raise(
      Api api, String token, UUID pairing, String title, String excluded) throws Exception {
    HttpResponse<String> created = api.post("concerns", token, concern(pairing, title, excluded));
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).asJsonObject();
  }

  private static String concern(UUID pairing, String title, String excluded) {
    return """
        {"pairing": "%s", "title": "%s", "description": "It does not feel safe.",
         "excluded": [%s]}"""
        .formatted(pairing, title, excluded.isEmpty() ? "" : "\"" + excluded + "\"");
  }

  private static HttpResponse<String> move(Api api, String token, String id, String to)
      throws Exception {
    return api.post("concerns/" + id + "/transitions", token, "{\"to\": \"" + to + "\"}");
  }

  private static JsonObject person(Api api, String hr, String username) throws Exception {
    HttpResponse<String> people = api.get("directory/people", hr);
    assertEquals(200, people.statusCode(), people.body());
    return Api.json(people).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError(username + " not in " + people.body()));
  }

  private static List<JsonObject> notices(Api api, String token, UUID cohort) throws Exception {
    return Api.json(api.get("me/notices", token)).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> n.getString("cohortId").equals(cohort.toString()))
        .toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
  }

  private static List<String> usernames(JsonArray people) {
    return people.stream().map(p -> p.asJsonObject().getString("username")).toList();
  }

  private static List<String> ids(HttpResponse<String> list) {
    return Api.json(list).asJsonArray().stream()
        .map(v -> v.asJsonObject().getString("id"))
        .toList();
  }

  /** Who was refused this record, by the access log as an auditor reads it. */
  private static Set<String> denied(Api api, String type, String id) throws Exception {
    return logged(api, type, id, "denied");
  }

  private static Set<String> granted(Api api, String type, String id) throws Exception {
    return logged(api, type, id, "granted");
  }

  private static Set<String> logged(Api api, String type, String id, String outcome)
      throws Exception {
    HttpResponse<String> log =
        api.get(
            "audit/entries?recordType="
                + type
                + "&recordId="
                + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "&size=200",
            new PulseProgram(api).token("audrey"));
    assertEquals(200, log.statusCode(), log.body());
    return Api.json(log).asJsonObject().getJsonArray("entries").stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getString("outcome").equalsIgnoreCase(outcome))
        .map(e -> e.getString("username"))
        .collect(Collectors.toSet());
  }
}
