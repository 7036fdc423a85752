package com.srm.mentoring.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a newcomer sees right after the run command, since the test application is seeded as the dev
 * run is: HR sees cohorts with figures, jun a pairing with history, erin a concern, audrey a log
 * that verifies.
 */
@ExtendWith({SharedApplication.class, DemoProgramSeeded.class})
class DemoProgramIT {

  @ApplicationUrl URL base;

  @Test
  void hanaSeesFiguresOfTheClosedAndTheRunningCohortOverSeveralWeeks() throws Exception {
    Api api = new Api(base);
    String hana = signed(api, "hana");
    JsonArray cohorts = Api.json(api.get("cohorts", hana)).asJsonArray();
    assertEquals("CLOSED", cohort(cohorts, DemoProgram.PILOT).getString("state"));
    assertEquals("ACTIVE", cohort(cohorts, DemoProgram.CURRENT).getString("state"));
    assertEquals("DRAFT", cohort(cohorts, DemoProgram.NEXT).getString("state"));
    for (String name : List.of(DemoProgram.PILOT, DemoProgram.CURRENT)) {
      JsonObject cohort = cohort(cohorts, name);
      HttpResponse<String> pulse = api.get("cohorts/" + cohort.getString("id") + "/pulse", hana);
      assertEquals(200, pulse.statusCode(), pulse.body());
      Set<String> mentorWeeks = new TreeSet<>();
      Set<String> menteeWeeks = new TreeSet<>();
      for (JsonObject cell :
          Api.json(pulse).asJsonObject().getJsonArray("cells").getValuesAs(JsonObject.class)) {
        // cells of a whole cohort or of a role across weeks come without role or week
        if (cell.getBoolean("suppressed") || absent(cell, "role") || absent(cell, "week")) {
          continue;
        }
        assertTrue(cell.getJsonNumber("answers").longValue() >= 3, cell.toString());
        (cell.getString("role").equals("MENTOR") ? mentorWeeks : menteeWeeks)
            .add(cell.getString("week"));
      }
      assertTrue(mentorWeeks.size() >= 2, name + ": mentors' weeks shown " + mentorWeeks);
      assertTrue(menteeWeeks.size() >= 2, name + ": mentees' weeks shown " + menteeWeeks);
    }
  }

  /**
   * The pilot's four pairings were rated after it closed, each side in one batch of four people:
   * the release timer moves them to the figures, where they stand whole, to one decimal.
   */
  @Test
  void hanaSeesThePilotsRatingsOnceTheirBatchesAreOut() throws Exception {
    Api api = new Api(base);
    String hana = signed(api, "hana");
    String pilot =
        cohort(Api.json(api.get("cohorts", hana)).asJsonArray(), DemoProgram.PILOT).getString("id");
    JsonObject row =
        Await.until(
            () -> pilotRow(api, hana, pilot),
            r ->
                !r.getJsonObject("seniorRating").getBoolean("suppressed")
                    && !r.getJsonObject("juniorRating").getBoolean("suppressed"),
            "the release of the pilot's ratings");
    JsonObject seniors = row.getJsonObject("seniorRating");
    assertEquals(4, seniors.getInt("raters"), row.toString());
    assertEquals(4.0, seniors.getJsonNumber("mean").doubleValue(), 0.001, "4, 5, 5, 2");
    JsonObject juniors = row.getJsonObject("juniorRating");
    assertEquals(4, juniors.getInt("raters"), row.toString());
    assertEquals(3.3, juniors.getJsonNumber("mean").doubleValue(), 0.001, "3, 4, 5, 1: 3.25");
  }

  private static JsonObject pilotRow(Api api, String hana, String pilot) throws Exception {
    HttpResponse<String> rows = api.get("analytics/cohorts", hana);
    assertEquals(200, rows.statusCode(), rows.body());
    return Api.json(rows).asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(r -> pilot.equals(r.getString("cohortId", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row of the pilot in " + rows.body()));
  }

  @Test
  void junHasAPairingWithHeldSessionsAnAgendaAndAnObjective() throws Exception {
    Api api = new Api(base);
    // other tests pair jun with sam in cohorts of their own: look in the demo cohort
    String current =
        cohort(Api.json(api.get("cohorts", signed(api, "hana"))).asJsonArray(), DemoProgram.CURRENT)
            .getString("id");
    String jun = signed(api, "jun");
    JsonObject pairing =
        Api.json(api.get("me/pairings", jun)).asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(p -> current.equals(p.getString("cohortId")))
            .filter(p -> "sam".equals(p.getJsonObject("mentee").getString("username")))
            .filter(p -> "ACTIVE".equals(p.getString("state")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("jun mentors sam in no active demo pairing"));
    assertNotNull(pairing.getString("objective", null), pairing.toString());
    assertTrue(pairing.getBoolean("objectiveLocked"), pairing.toString());
    List<JsonObject> sessions =
        Api.json(api.get("pairings/" + pairing.getString("id") + "/sessions", jun))
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    long held = sessions.stream().filter(s -> "HELD".equals(s.getString("state"))).count();
    assertTrue(held >= 5, "held sessions: " + held);
    assertTrue(
        sessions.stream().anyMatch(s -> "CANCELLED".equals(s.getString("state"))),
        "a cancelled session");
    assertTrue(
        sessions.stream().anyMatch(s -> "PLANNED".equals(s.getString("state"))),
        "a session to come");
    assertTrue(
        sessions.stream().allMatch(s -> !s.getJsonArray("agenda").isEmpty()),
        "every session has an agenda");
    HttpResponse<String> notes = api.get("pairings/" + pairing.getString("id") + "/notes", jun);
    assertFalse(Api.json(notes).asJsonArray().isEmpty(), notes.body());
  }

  @Test
  void erinReadsTheOpenConcernOfHerCohort() throws Exception {
    Api api = new Api(base);
    HttpResponse<String> concerns = api.get("concerns", Tokens.of("erin"));
    assertEquals(200, concerns.statusCode(), concerns.body());
    JsonArray list = Api.json(concerns).asJsonArray();
    assertFalse(list.isEmpty(), "erin sees no concern");
    assertTrue(
        list.getValuesAs(JsonObject.class).stream()
            .anyMatch(c -> c.getString("state").startsWith("STEP_")),
        list.toString());
  }

  @Test
  void audreysLogVerifies() throws Exception {
    Api api = new Api(base);
    HttpResponse<String> verification = api.get("audit/verification", Tokens.of("audrey"));
    assertEquals(200, verification.statusCode(), verification.body());
    JsonObject result = Api.json(verification).asJsonObject();
    assertTrue(result.getBoolean("ok"), result.toString());
    // the seeding alone made hundreds of entries, every one of them from a real request
    assertTrue(result.getJsonNumber("entries").longValue() > 200, result.toString());
  }

  /**
   * A token of someone who signed the charter in force, as everyone does at sign-in: another test
   * may have published a new version since the demo program was seeded.
   */
  private static String signed(Api api, String username) throws Exception {
    String token = Tokens.of(username);
    CharterSigning.signCurrent(api, token);
    return token;
  }

  private static boolean absent(JsonObject cell, String field) {
    return !cell.containsKey(field) || cell.isNull(field);
  }

  private static JsonObject cohort(JsonArray cohorts, String name) {
    return cohorts.getValuesAs(JsonObject.class).stream()
        .filter(c -> name.equals(c.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cohort named " + name + " in " + cohorts));
  }
}
