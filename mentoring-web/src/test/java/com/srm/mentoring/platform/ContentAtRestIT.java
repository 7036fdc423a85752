package com.srm.mentoring.platform;

import static com.srm.mentoring.testsupport.StoredRows.canary;
import static com.srm.mentoring.testsupport.StoredRows.tablesContaining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.escalation.rest.ConcernTestProgram;
import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.PostgresServer;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.StoredRows;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What people wrote is ciphertext at rest: someone who reads every table as the database's
 * superuser, as a backup does, finds none of it, while the people who may read it still do, and a
 * reader's search still finds a concern by its words. Rows written before content was sealed are
 * sealed by the application's job.
 */
@ExtendWith(SharedApplication.class)
class ContentAtRestIT {

  @ApplicationUrl URL base;

  @Test
  void aBackupReadsNoneOfWhatPeopleWroteWhileTheirReadersReadAndFindIt() throws Exception {
    Api api = new Api(base);
    ConcernTestProgram program = new ConcernTestProgram(api);
    UUID pairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
    String title = canary("title");
    String description = canary("description");
    String note = canary("note");
    String move = canary("move");
    String hold = canary("hold");
    List<String> parts = List.of(canary("situation"), canary("behaviour"), canary("impact"));

    HttpResponse<String> raised =
        api.post(
            "concerns",
            program.token("jun"),
            """
            {"pairing": "%s", "title": "Unsafe %s", "description": "It happened in %s again.",
             "excluded": []}"""
                .formatted(pairing, title, description));
    assertEquals(201, raised.statusCode(), raised.body());
    String id = Api.json(raised).asJsonObject().getString("id");
    String erin = program.token("erin");
    ok(api.post("concerns/" + id + "/notes", erin, "{\"text\": \"We spoke, " + note + "\"}"));
    ok(api.post("concerns/" + id + "/hold", erin, "{\"reason\": \"Tribunal " + hold + "\"}"));
    ok(
        api.post(
            "concerns/" + id + "/transitions",
            program.token("farid"),
            "{\"to\": \"STEP_2\", \"note\": \"Over to HR, " + move + "\"}"));
    HttpResponse<String> written =
        api.post(
            "pairings/" + pairing + "/notes",
            program.token("jun"),
            """
            {"framework": "SBI", "situation": "In %s", "behaviour": "You %s",
             "impact": "I %s"}"""
                .formatted(parts.get(0), parts.get(1), parts.get(2)));
    assertEquals(201, written.statusCode(), written.body());
    String feedback = Api.json(written).asJsonObject().getString("id");
    ok(api.post("notes/" + feedback + "/share", program.token("jun"), ""));

    String asReporter = api.get("concerns/" + id, program.token("jun")).body();
    for (String word : List.of(title, description, note, move)) {
      assertTrue(asReporter.contains(word), "the reporter reads " + word + ": " + asReporter);
    }
    String asReader = api.get("concerns/" + id, erin).body();
    for (String word : List.of(title, description, note, move, hold)) {
      assertTrue(asReader.contains(word), "a reader reads " + word + ": " + asReader);
    }
    assertEquals(
        List.of(id), Api.ids(api.get("concerns?q=" + title, erin)), "by a word of the title");
    assertEquals(
        List.of(id),
        Api.ids(api.get("concerns?q=" + description.toUpperCase(Locale.ROOT), erin)),
        "by a word of the description, in any case");
    assertEquals(List.of(id), Api.ids(api.get("concerns?q=" + title, program.token("jun"))));
    JsonObject shared =
        Api.json(api.get("notes/" + feedback, program.token("lena"))).asJsonObject();
    assertEquals("I " + parts.get(2), shared.getJsonObject("parts").getString("impact"));

    List<String> everything = new ArrayList<>(parts);
    everything.addAll(List.of(title, description, note, move, hold));
    assertTrue(
        StoredRows.tables().containsAll(List.of("concern", "feedback_note")),
        "the scan reads the tables that hold what people wrote");
    List<String> found = tablesContaining(everything);
    assertEquals(List.of(), found, "no table holds what people wrote in the clear");
    assertTrue(
        StoredRows.text("SELECT title FROM concern WHERE id = ?", UUID.fromString(id))
            .startsWith("enc:v1:"),
        "the title is sealed");
    assertTrue(
        StoredRows.text("SELECT part_3 FROM feedback_note WHERE id = ?", UUID.fromString(feedback))
            .startsWith("enc:v1:"),
        "a feedback note's part is sealed");
  }

  @Test
  void rowsWrittenBeforeContentWasSealedAreSealedByTheJobAndReadAsBefore() throws Exception {
    Api api = new Api(base);
    ConcernTestProgram program = new ConcernTestProgram(api);
    UUID cohort = program.cohort("farid", "erin");
    UUID pairing = program.pairing(cohort, "jun", "lena");
    PulseProgram people = new PulseProgram(api);
    String title = "Written before sealing " + canary("legacy");
    String body = "An old note " + canary("legacy");
    String impact = "I " + canary("legacy");
    UUID concern = UUID.randomUUID();
    UUID note = UUID.randomUUID();
    UUID feedback = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    StoredRows.asOwner(
        "INSERT INTO concern (id, cohort_id, pairing_id, reporter_subject, title, description,"
            + " state, owner_subject, deadline, raised_at) VALUES (?, ?, ?, ?, ?, ?, 'STEP_2', ?,"
            + " ?, ?)",
        concern,
        cohort,
        pairing,
        people.subject("jun"),
        title,
        "A description from before",
        people.subject("erin"),
        Timestamp.from(Instant.now().plus(Duration.ofDays(5))),
        now);
    StoredRows.asOwner(
        "INSERT INTO concern_reader (concern_id, subject) VALUES (?, ?)",
        concern,
        people.subject("erin"));
    StoredRows.asOwner(
        "INSERT INTO concern_note (id, concern_id, author_subject, body, written_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        note,
        concern,
        people.subject("erin"),
        body,
        now);
    StoredRows.asOwner(
        "INSERT INTO feedback_note (id, pairing_id, author_subject, framework, part_1, part_2,"
            + " part_3, written_at) VALUES (?, ?, ?, 'SBI', 'In the review', 'You asked', ?, ?)",
        feedback,
        pairing,
        people.subject("jun"),
        impact,
        now);

    Await.until(
        () ->
            List.of(
                StoredRows.text("SELECT title FROM concern WHERE id = ?", concern),
                StoredRows.text("SELECT description FROM concern WHERE id = ?", concern),
                StoredRows.text("SELECT body FROM concern_note WHERE id = ?", note),
                StoredRows.text("SELECT part_1 FROM feedback_note WHERE id = ?", feedback),
                StoredRows.text("SELECT part_3 FROM feedback_note WHERE id = ?", feedback)),
        values -> values.stream().allMatch(v -> v.startsWith("enc:v1:")),
        "the job sealing the rows written in the clear");

    assertEquals(List.of(), tablesContaining(List.of(title, body, impact)));
    JsonObject read = Api.json(api.get("concerns/" + concern, program.token("jun"))).asJsonObject();
    assertEquals(title, read.getString("title"));
    assertEquals("A description from before", read.getString("description"));
    assertEquals(body, read.getJsonArray("notes").getJsonObject(0).getString("body"));
    assertEquals(
        List.of(concern.toString()),
        Api.ids(
            api.get(
                "concerns?q=" + title.substring(title.lastIndexOf(' ') + 1),
                program.token("erin"))));
    JsonObject part = Api.json(api.get("notes/" + feedback, program.token("jun"))).asJsonObject();
    assertEquals(impact, part.getJsonObject("parts").getString("impact"));
    assertEquals("In the review", part.getJsonObject("parts").getString("situation"));
  }

  private static void ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
  }

  private static DataSource superuser() {
    return IntegrationEnvironment.postgres().superuserDataSource(PostgresServer.DATABASE);
  }
}
