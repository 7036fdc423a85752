package com.srm.mentoring.pairing.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cohorts over REST with real tokens: who may create and list them, and bad input. */
@ExtendWith(SharedApplication.class)
class CohortsResourceIT {

  @ApplicationUrl URL base;

  static String cohort(String name, String starts, String ends, int k) {
    return """
        {"name": "%s", "startsOn": "%s", "endsOn": "%s", "anonymityThreshold": %d,
         "facilitators": ["farid"], "escalationContacts": ["erin"]}"""
        .formatted(name, starts, ends, k);
  }

  @Test
  void onlyHrCreatesCohorts() throws Exception {
    Api api = new Api(base);
    String name = "Pilot " + UUID.randomUUID();
    String body = cohort(name, "2027-03-01", "2027-06-30", 5);

    assertEquals(401, api.post("cohorts", null, body).statusCode());
    for (String refused : new String[] {"jun", "farid", "erin", "audrey"}) {
      HttpResponse<String> denied = api.post("cohorts", Tokens.of(refused), body);
      assertEquals(403, denied.statusCode(), refused + ": " + denied.body());
      assertTrue(denied.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    }
    String hana = Tokens.of("hana");
    CharterSigning.signCurrent(api, hana);
    assertEquals(200, api.get("me", Tokens.of("farid")).statusCode(), "farid is known");
    HttpResponse<String> created = api.post("cohorts", hana, body);
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.body().contains("\"state\":\"DRAFT\""), created.body());
  }

  @Test
  void hrAndFacilitatorsListCohortsOthersDoNot() throws Exception {
    Api api = new Api(base);
    for (String allowed : new String[] {"hana", "farid"}) {
      String token = Tokens.of(allowed);
      CharterSigning.signCurrent(api, token);
      assertEquals(200, api.get("cohorts", token).statusCode(), allowed);
    }
    for (String refused : new String[] {"jun", "sam", "erin", "audrey"}) {
      assertEquals(404, api.get("cohorts", Tokens.of(refused)).statusCode(), refused);
    }
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
    Api api = new Api(base);
    String hana = Tokens.of("hana");
    CharterSigning.signCurrent(api, hana);
    String name = "Refused " + UUID.randomUUID();

    HttpResponse<String> lowK =
        api.post("cohorts", hana, cohort(name, "2027-03-01", "2027-06-30", 2));
    assertEquals(400, lowK.statusCode(), lowK.body());
    assertTrue(lowK.body().contains("anonymityThreshold"), lowK.body());

    HttpResponse<String> backwards =
        api.post("cohorts", hana, cohort(name, "2027-06-30", "2027-03-01", 5));
    assertEquals(400, backwards.statusCode(), backwards.body());
    assertTrue(backwards.body().contains("endsOn"), backwards.body());

    HttpResponse<String> noName = api.post("cohorts", hana, "{\"startsOn\": \"2027-03-01\"}");
    assertEquals(400, noName.statusCode(), noName.body());
    assertTrue(noName.body().contains("name is required"), noName.body());

    HttpResponse<String> malformed = api.post("cohorts", hana, "{\"name\": ");
    assertEquals(400, malformed.statusCode(), malformed.body());
    assertFalse(malformed.body().contains("Exception"), malformed.body());

    // the same refusals for a caller who reads German
    HttpResponse<String> lowKInGerman =
        api.post("cohorts", hana, cohort(name, "2027-03-01", "2027-06-30", 2), "de-DE,de");
    assertEquals(400, lowKInGerman.statusCode(), lowKInGerman.body());
    assertEquals(
        "anonymityThreshold muss mindestens 3 sein",
        Api.json(lowKInGerman).asJsonObject().getString("detail"));
    assertEquals("anonymityThreshold", Api.json(lowKInGerman).asJsonObject().getString("field"));
    HttpResponse<String> noNameInGerman =
        api.post("cohorts", hana, "{\"startsOn\": \"2027-03-01\"}", "de");
    assertTrue(noNameInGerman.body().contains("name ist erforderlich"), noNameInGerman.body());
    HttpResponse<String> malformedInGerman = api.post("cohorts", hana, "{\"name\": ", "de");
    assertEquals(400, malformedInGerman.statusCode(), malformedInGerman.body());
    assertEquals(
        "Der Body ist für diesen Aufruf kein gültiges JSON.",
        Api.json(malformedInGerman).asJsonObject().getString("detail"));

    assertFalse(api.get("cohorts", hana).body().contains(name));
  }

  @Test
  void cohortsWaitForASignatureUnderTheCharterInForce() throws Exception {
    Api api = new Api(base);
    String hana = Tokens.of("hana");
    // someone who never signed: the demo people all signed when the demo program was seeded
    String person = NewPeople.create("unsigned", "employee");
    String roles = "directory/people/" + person + "/roles/facilitator";
    try {
      // known to the application from a first call, then appointed by HR
      assertEquals(200, api.get("me", Tokens.of(person)).statusCode());
      assertEquals(200, api.put(roles, hana).statusCode());
      String token = Tokens.of(person);
      HttpResponse<String> refused = api.get("cohorts", token);
      assertEquals(403, refused.statusCode(), refused.body());
      String detail = Api.json(refused).asJsonObject().getString("detail");
      assertTrue(detail.startsWith("charter:"), detail);
      assertTrue(detail.contains("/api/charter/current"), "the message says where the charter is");

      CharterSigning.signCurrent(api, token);
      assertEquals(200, api.get("cohorts", token).statusCode());
    } finally {
      api.delete(roles, hana);
    }
  }
}
