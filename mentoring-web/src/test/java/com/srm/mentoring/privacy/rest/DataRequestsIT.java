package com.srm.mentoring.privacy.rest;

import static com.srm.mentoring.testsupport.StoredRows.canary;
import static com.srm.mentoring.testsupport.StoredRows.tablesContaining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.srm.mentoring.escalation.rest.ConcernTestProgram;
import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's data on request and its erasure (docs/privacy.md, data requests): the person exports
 * what is held about them and nothing of others' that is not theirs to read; HR erases it, and
 * afterwards a backup-like scan of every table finds none of it outside the records that must stay,
 * while the access log still verifies.
 */
@ExtendWith(SharedApplication.class)
class DataRequestsIT {

  @ApplicationUrl URL base;

  @Test
  void aPersonExportsTheirDataAndAfterHrErasedItNoTableHoldsItOutsideTheKeptRecords()
      throws Exception {
    Api api = new Api(base);
    ConcernTestProgram program = new ConcernTestProgram(api);
    String profile = canary("profile");
    String senior = NewPeople.create(profile, "employee");
    String junior = NewPeople.create("junior", "employee");
    String hr = NewPeople.create("erasing-hr", "employee", "hr-admin");
    UUID pairing = program.pairing(program.cohort("erin"), junior, senior);
    String seniorToken = program.token(senior);
    String juniorToken = program.token(junior);

    String topic = canary("topic");
    String objective = canary("objective");
    String agenda = canary("agenda");
    String situation = canary("situation");
    String title = canary("title");
    String heldTitle = canary("held");
    String othersNote = canary("othersnote");
    String othersConcern = canary("othersconcern");
    ok(api.put("me/topics", seniorToken, "{\"wantsToLearn\": [\"" + topic + "\"]}"));
    ok(
        api.put(
            "pairings/" + pairing + "/objective",
            seniorToken,
            "{\"text\": \"I will learn " + objective + "\"}"));
    HttpResponse<String> planned =
        api.post(
            "pairings/" + pairing + "/sessions",
            seniorToken,
            "{\"startsAt\": \"%s\", \"place\": \"Room 2\"}"
                .formatted(Instant.now().plus(2, ChronoUnit.DAYS)));
    assertEquals(201, planned.statusCode(), planned.body());
    String session = Api.json(planned).asJsonObject().getString("id");
    ok(api.post("sessions/" + session + "/agenda", seniorToken, "{\"text\": \"" + agenda + "\"}"));
    created(note(api, pairing, seniorToken, situation));
    created(note(api, pairing, juniorToken, othersNote));
    String raised = program.raised(senior, pairing, title, Set.of()).getString("id");
    String held = program.raised(senior, pairing, heldTitle, Set.of()).getString("id");
    ok(api.post("concerns/" + held + "/hold", program.token("erin"), "{\"reason\": \"Tribunal\"}"));
    String aboutThem = program.raised(junior, pairing, othersConcern, Set.of()).getString("id");

    HttpResponse<String> exported = api.get("me/export", seniorToken);
    assertEquals(200, exported.statusCode(), exported.body());
    assertTrue(
        exported.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
        exported.headers().map().toString());
    String body = exported.body();
    for (String word : List.of(profile, topic, objective, agenda, situation, title, heldTitle)) {
      assertTrue(body.contains(word), "the export holds " + word + ": " + body);
    }
    for (String word : List.of(othersNote, othersConcern, aboutThem)) {
      assertFalse(body.contains(word), "the export holds nothing of " + word + ": " + body);
    }
    JsonObject data = Api.json(exported).asJsonObject();
    assertEquals(senior, data.getJsonObject("profile").getString("username"));
    assertEquals(2, data.getJsonArray("concerns").size(), "the two concerns they raised");
    assertTrue(data.getJsonArray("signatures").size() >= 1, "their charter signature");
    assertTrue(
        data.getJsonArray("accessLog").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(e -> "feedback-note".equals(e.getString("recordType"))),
        "their access-log entries: " + data.getJsonArray("accessLog"));

    JsonObject asHr = Api.json(api.get("me/export", Tokens.of(hr))).asJsonObject();
    assertEquals(hr, asHr.getJsonObject("profile").getString("username"), "HR exports only HR");

    for (String ask : List.of("me/export?format=pdf", "me/export")) {
      HttpResponse<byte[]> pdf =
          HttpProbe.sendForBytes(
              HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve("api/" + ask))
                  .header("Authorization", "Bearer " + seniorToken)
                  .header("Accept", "application/pdf")
                  .header("Accept-Language", "de-DE,de"));
      assertEquals(200, pdf.statusCode(), ask);
      assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
      assertTrue(
          new String(Arrays.copyOf(pdf.body(), 4), StandardCharsets.US_ASCII).equals("%PDF"), ask);
      String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
      assertTrue(text.contains("Meine Daten"), "headed in the caller's language: " + text);
      assertTrue(text.contains("Test " + profile), "names the person: " + text);
    }

    List<String> plain = List.of(profile, topic, objective, agenda);
    Map<String, List<String>> before = tables(tablesContaining(plain));
    assertTrue(
        before
            .keySet()
            .containsAll(Set.of("person", "program_topic", "pairing", "session_agenda_item")),
        "the scan finds what is written in the clear before the erasure: " + before);

    String path = "directory/people/" + senior + "/erasure";
    assertEquals(404, api.post(path, juniorToken, "").statusCode(), "only HR erases");
    assertEquals(
        404,
        api.post("directory/people/nobody-" + UUID.randomUUID() + "/erasure", Tokens.of(hr), "")
            .statusCode(),
        "an unknown person");
    HttpResponse<String> erased = api.post(path, Tokens.of(hr), "");
    assertEquals(200, erased.statusCode(), erased.body());
    Map<String, JsonObject> parts =
        Api.json(erased).asJsonObject().getJsonArray("parts").stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(p -> p.getString("kind"), p -> p));
    assertEquals(1, parts.get("topics").getInt("erased"));
    assertEquals(1, parts.get("feedback-notes").getInt("erased"));
    assertEquals(1, parts.get("objectives").getInt("erased"));
    assertEquals(1, parts.get("agenda-items").getInt("erased"));
    assertEquals(1, parts.get("profile").getInt("erased"));
    assertEquals(1, parts.get("concerns-raised").getInt("erased"));
    assertEquals(1, parts.get("concerns-raised").getInt("kept"), erased.body());
    assertEquals("LEGAL_HOLD", parts.get("concerns-raised").getString("keptBecause"));
    assertTrue(parts.get("signatures").getInt("kept") >= 1, erased.body());
    assertEquals("SIGNATURE_EVIDENCE", parts.get("signatures").getString("keptBecause"));
    assertTrue(parts.get("access-log-entries").getInt("kept") > 0, erased.body());
    assertEquals("ACCESS_LOG", parts.get("access-log-entries").getString("keptBecause"));

    Map<String, List<String>> left = tables(tablesContaining(plain));
    assertEquals(
        Set.of(),
        left.keySet().stream()
            .filter(t -> !Set.of("access_log", "charter_signature").contains(t))
            .collect(Collectors.toSet()),
        "outside the access log and the signatures nothing is left: " + left);
    assertEquals(
        Set.of(profile),
        left.values().stream().flatMap(List::stream).collect(Collectors.toSet()),
        "the kept records name the person, and hold nothing they wrote: " + left);
    String subject = data.getJsonObject("profile").getString("subject");
    assertEquals(
        0,
        PulseProgram.count("SELECT count(*) FROM feedback_note WHERE author_subject = ?", subject));
    assertEquals(
        List.of(UUID.fromString(held)),
        uuids(
            "SELECT id FROM concern WHERE reporter_subject = '"
                + subject
                + "' AND title IS NOT NULL"),
        "only the concern on legal hold keeps its sealed content");
    assertEquals(
        1,
        PulseProgram.count(
            "SELECT count(*) FROM concern WHERE id = ? AND title IS NULL",
            UUID.fromString(raised)));
    assertEquals(
        1,
        PulseProgram.count(
            "SELECT count(*) FROM access_log WHERE username = ? AND action = 'delete'"
                + " AND record_type = 'personal-data' AND record_id = ? AND outcome = 'GRANTED'",
            hr,
            senior),
        "the erasure is logged as HR's");
    Await.until(
        () ->
            PulseProgram.count(
                "SELECT count(*) FROM access_log WHERE username = ? AND record_id = ?"
                    + " AND outcome = 'DENIED'",
                junior,
                senior),
        n -> n >= 1,
        "the refused erasure in the access log");

    assertEquals(
        "Erased person",
        Api.json(api.get("me/export", juniorToken)).asJsonObject().getJsonArray("pairings").stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("id").equals(pairing.toString()))
            .findFirst()
            .orElseThrow()
            .getString("mentee"),
        "the other party sees the pairing with an erased person");
    JsonObject verified =
        Api.json(api.get("audit/verification", Tokens.of("audrey"))).asJsonObject();
    assertEquals(JsonValue.TRUE, verified.get("ok"), "the access log still verifies: " + verified);
  }

  @Test
  void hrDoesNotEraseTheirOwnDataAnotherHrPersonDoes() throws Exception {
    Api api = new Api(base);
    String hr = NewPeople.create("self-erasing-hr", "employee", "hr-admin");
    HttpResponse<String> own = api.post("directory/people/" + hr + "/erasure", Tokens.of(hr), "");
    assertEquals(422, own.statusCode(), own.body());
    assertEquals("username", Api.json(own).asJsonObject().getString("field"), own.body());
    assertEquals(
        hr,
        Api.json(api.get("me/export", Tokens.of(hr)))
            .asJsonObject()
            .getJsonObject("profile")
            .getString("username"),
        "nothing was erased");
  }

  private static HttpResponse<String> note(Api api, UUID pairing, String token, String word)
      throws Exception {
    return api.post(
        "pairings/" + pairing + "/notes",
        token,
        """
        {"framework": "SBI", "situation": "In %s", "behaviour": "You listened",
         "impact": "I spoke"}"""
            .formatted(word));
  }

  private static void ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
  }

  private static void created(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
  }

  /** The hits of a scan ("table: word") by table. */
  private static Map<String, List<String>> tables(List<String> hits) {
    return hits.stream()
        .map(h -> h.split(": ", 2))
        .collect(
            Collectors.groupingBy(h -> h[0], Collectors.mapping(h -> h[1], Collectors.toList())));
  }

  private static List<UUID> uuids(String sql) throws SQLException {
    List<UUID> found = new ArrayList<>();
    try (Connection c = PulseProgram.database().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        found.add((UUID) r.getObject(1));
      }
    }
    return found;
  }
}
