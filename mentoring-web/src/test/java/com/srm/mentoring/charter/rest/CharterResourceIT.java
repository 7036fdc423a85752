package com.srm.mentoring.charter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The charter over REST for the corporate portal, with real tokens. */
@ExtendWith(SharedApplication.class)
class CharterResourceIT {

  @ApplicationUrl URL base;

  static JsonObject current(Api api, String token) throws Exception {
    HttpResponse<String> current = api.get("charter/current", token);
    assertEquals(200, current.statusCode(), current.body());
    return Api.json(current).asJsonObject();
  }

  static String signature(int version, String hash) {
    return "{\"version\": %d, \"hash\": \"%s\"}".formatted(version, hash);
  }

  @Test
  void theCharterInForceCarriesTheHashOfItsText() throws Exception {
    JsonObject charter = current(new Api(base), Tokens.of("jun"));
    String text = charter.getString("text");
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(HexFormat.of().formatHex(digest), charter.getString("hash"));
    assertTrue(text.startsWith("Charter version " + charter.getInt("version") + "\n"), text);
    for (String heading :
        new String[] {"Ground rules", "Confidentiality", "Escalation path", "opening script"}) {
      assertTrue(text.contains(heading), heading);
    }
    assertEquals(401, new Api(base).get("charter/current", null).statusCode());
  }

  @Test
  void wrongSignaturesAreRefusedNamingTheProblemAndNothingIsWritten() throws Exception {
    Api api = new Api(base);
    String mia = Tokens.of("mia");
    JsonObject charter = current(api, mia);
    int version = charter.getInt("version");
    String before = api.get("me/status", mia).body();

    Object[][] cases = {
      {signature(version + 7, charter.getString("hash")), 409, "version:"},
      {signature(version, "0".repeat(64)), 400, "hash:"},
      {signature(version, "not-a-hash"), 400, "hash"},
      {"{\"version\": " + version + "}", 400, "hash is required"},
      {"", 400, "body"},
      {"{\"version\": ", 400, "JSON"},
      {"{\"hash\": \"" + "a".repeat(200_000) + "\"}", 413, "KiB"}
    };
    for (Object[] wrong : cases) {
      HttpResponse<String> refused = api.post("charter/signatures", mia, (String) wrong[0]);
      String shown = ((String) wrong[0]).length() > 60 ? "a huge body" : (String) wrong[0];
      assertEquals(wrong[1], refused.statusCode(), shown + ": " + refused.body());
      assertTrue(
          refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"), shown);
      String detail = Api.json(refused).asJsonObject().getString("detail");
      assertTrue(detail.contains((String) wrong[2]), shown + " -> " + detail);
    }
    assertEquals(before, api.get("me/status", mia).body(), "no signature was written");
  }

  @Test
  void signingAtOnceFromManyRequestsGivesOneSignature() throws Exception {
    Api api = new Api(base);
    // someone who has never signed: the demo people signed when the demo program was seeded
    String racer = Tokens.of(NewPeople.create("racer", "employee"));
    JsonObject charter = current(api, racer);
    String body = signature(charter.getInt("version"), charter.getString("hash"));
    ExecutorService racers = Executors.newFixedThreadPool(6);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Callable<HttpResponse<String>> sign = () -> api.post("charter/signatures", racer, body);
        answers.add(racers.submit(sign));
      }
      int created = 0;
      long sequence = -1;
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.body());
        created += response.statusCode() == 201 ? 1 : 0;
        long given = Api.json(response).asJsonObject().getJsonNumber("sequence").longValue();
        assertTrue(sequence == -1 || sequence == given, "the same signature every time");
        sequence = given;
      }
      assertEquals(1, created, "one new signature, the others answered it again");
    } finally {
      racers.shutdownNow();
    }
  }

  @Test
  void statusFollowsSigningWithdrawingAndSigningAgain() throws Exception {
    Api api = new Api(base);
    // a person of this test's own: a withdrawal counts in the figures of every cohort its person
    // was ever paired in, so a demo person's would change other tests' figures
    String person = Tokens.of(NewPeople.create("withdrawing", "employee"));
    assertEquals(200, api.get("me", person).statusCode(), "known from a first call");
    int version = CharterSigning.signCurrent(api, person);
    JsonObject signed = Api.json(api.get("me/status", person)).asJsonObject();
    assertEquals(version, signed.getInt("signedVersion"));
    assertEquals(JsonValue.TRUE, signed.get("current"));
    assertEquals(JsonValue.FALSE, signed.get("withdrawn"));

    HttpResponse<String> withdrawal =
        api.post("me/withdrawal", person, "{\"reason\": \"Moving to another team\"}");
    assertEquals(201, withdrawal.statusCode(), withdrawal.body());
    assertEquals("Moving to another team", Api.json(withdrawal).asJsonObject().getString("reason"));
    JsonObject withdrawn = Api.json(api.get("me/status", person)).asJsonObject();
    assertEquals(JsonValue.TRUE, withdrawn.get("withdrawn"));

    HttpResponse<String> tooLong =
        api.post("me/withdrawal", person, "{\"reason\": \"" + "x".repeat(1001) + "\"}");
    assertEquals(400, tooLong.statusCode(), tooLong.body());
    assertTrue(tooLong.body().contains("reason"), tooLong.body());

    CharterSigning.signCurrent(api, person);
    JsonObject back = Api.json(api.get("me/status", person)).asJsonObject();
    assertEquals(JsonValue.FALSE, back.get("withdrawn"), "signing again rejoins the program");
  }

  @Test
  void theEvidenceShowsTextSignatureAndChain() throws Exception {
    Api api = new Api(base);
    String nora = Tokens.of("nora");
    int version = CharterSigning.signCurrent(api, nora);
    HttpResponse<String> response = api.get("me/evidence", nora);
    assertEquals(200, response.statusCode(), response.body());
    JsonObject evidence = Api.json(response).asJsonObject();
    assertEquals(version, evidence.getJsonObject("charter").getInt("version"));
    JsonObject signature = evidence.getJsonObject("signature");
    assertEquals("nora", signature.getString("username"));
    assertEquals(
        evidence.getJsonObject("charter").getString("hash"), signature.getString("textHash"));
    assertEquals("127.0.0.1", signature.getString("clientIp"));
    assertFalse(signature.getString("authenticatedAt").isBlank());
    assertEquals(JsonValue.TRUE, evidence.getJsonObject("chain").get("ok"));
  }

  @Test
  void hrAndAuditorsReadSignaturesEveryReadIsLoggedOthersFindNothing() throws Exception {
    Api api = new Api(base);
    CharterSigning.signCurrent(api, Tokens.of("pat"));
    String audrey = Tokens.of("audrey");
    for (String reader : new String[] {"hana", "audrey"}) {
      HttpResponse<String> read = api.get("charter/signatures/pat", Tokens.of(reader));
      assertEquals(200, read.statusCode(), reader + ": " + read.body());
      String requestId = Api.requestId(read);
      assertTrue(logged(api, audrey, reader, "granted", requestId), reader + "'s read is logged");
    }
    HttpResponse<String> refused = api.get("charter/signatures/pat", Tokens.of("sam"));
    assertEquals(404, refused.statusCode(), refused.body());
    String requestId = Api.requestId(refused);
    assertTrue(logged(api, audrey, "sam", "denied", requestId), "the refusal is logged");
  }

  static boolean logged(Api api, String auditor, String actor, String outcome, String requestId)
      throws Exception {
    HttpResponse<String> entries =
        api.get("audit/entries?size=50&actor=" + actor + "&outcome=" + outcome, auditor);
    return Api.json(entries).asJsonObject().getJsonArray("entries").stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(e -> requestId.equals(e.getString("requestId", null)));
  }
}
