package com.srm.mentoring.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.escalation.rest.ConcernTestProgram;
import com.srm.mentoring.platform.entity.ContentKeys;
import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.Browser;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.StoredRows;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A concern whose title was sealed with a key the server does not have, as after a key dropped too
 * early: its page, its list and the API show it with the title "cannot be read", never fail; the
 * log names the key; neither a change of the concern nor the re-sealing job overwrites the title.
 */
@ExtendWith(SharedApplication.class)
class UnreadableContentBrowserIT {

  @ApplicationUrl URL base;

  @Test
  void aTitleWhoseKeyIsNotConfiguredReadsAsUnreadableAndIsKeptAsStored() throws Exception {
    Api api = new Api(base);
    ConcernTestProgram program = new ConcernTestProgram(api);
    UUID cohort = program.cohort("farid", "erin");
    UUID pairing = program.pairing(cohort, "jun", "lena");
    PulseProgram people = new PulseProgram(api);
    String keyId = "lost-" + UUID.randomUUID().toString().substring(0, 8);
    String lostTitle =
        ContentKeys.parse(
                "test",
                keyId + ":" + Base64.getEncoder().encodeToString("l".repeat(32).getBytes()),
                null)
            .seal("A title nobody can read any more");
    String word = "unreadable" + UUID.randomUUID().toString().substring(0, 8);
    UUID concern = UUID.randomUUID();
    StoredRows.asOwner(
        "INSERT INTO concern (id, cohort_id, pairing_id, reporter_subject, title, description,"
            + " state, owner_subject, deadline, raised_at) VALUES (?, ?, ?, ?, ?, ?, 'STEP_2', ?,"
            + " ?, ?)",
        concern,
        cohort,
        pairing,
        people.subject("jun"),
        lostTitle,
        "Its description is " + word,
        people.subject("erin"),
        Timestamp.from(Instant.now().plus(Duration.ofDays(5))),
        Timestamp.from(Instant.now()));
    StoredRows.asOwner(
        "INSERT INTO concern_reader (concern_id, subject) VALUES (?, ?)",
        concern,
        people.subject("erin"));

    // a round of the job has passed over the row once its plain description is sealed
    Await.until(
        () -> stored("description", concern),
        d -> d.startsWith("enc:v1:"),
        "the job sealing the description beside the unreadable title");
    assertEquals(lostTitle, stored("title", concern), "the job leaves the unreadable title alone");

    String jun = program.token("jun");
    HttpResponse<String> read = api.get("concerns/" + concern, jun);
    assertEquals(200, read.statusCode(), read.body());
    JsonObject view = Api.json(read).asJsonObject();
    assertEquals("cannot be read: its key is not configured", view.getString("title"));
    assertEquals("Its description is " + word, view.getString("description"));
    assertEquals(List.of(concern.toString()), Api.ids(api.get("concerns?q=" + word, jun)));

    HttpResponse<String> moved =
        api.post(
            "concerns/" + concern + "/transitions",
            program.token("erin"),
            "{\"to\": \"STEP_3\", \"note\": \"Asked HR\"}");
    assertEquals(200, moved.statusCode(), moved.body());
    assertEquals(lostTitle, stored("title", concern), "a change of the concern keeps the title");

    try (Browser browser = Browser.open()) {
      browser.go(base + "escalation/concern.xhtml?id=" + concern);
      browser.signInAs("jun");
      assertEquals(
          "(cannot be read: its key is not configured)",
          browser.textOnceItHolds(By.id("concern-title"), "cannot be read"));
      assertTrue(browser.find(By.id("concern-description")).getText().contains(word));
      browser.go(base + "escalation/concerns.xhtml");
      assertTrue(
          browser.findAll(By.linkText("(cannot be read: its key is not configured)")).size() >= 1,
          () -> "listed as unreadable: " + browser.pageSource());
    }
    try (Browser german = Browser.inLanguages("de")) {
      german.go(base + "escalation/concern.xhtml?id=" + concern);
      german.signInAs("erin");
      assertEquals(
          "(nicht lesbar: sein Schlüssel ist nicht konfiguriert)",
          german.textOnceItHolds(By.id("concern-title"), "nicht lesbar"));
    }

    Path log = Path.of("target", "shared-micro.log");
    Await.until(
        () -> Files.readString(log).contains("the key " + keyId + ", which is not configured"),
        named -> named,
        "the log naming the key " + keyId);
  }

  private static String stored(String column, UUID concern) throws SQLException {
    return StoredRows.text("SELECT " + column + " FROM concern WHERE id = ?", concern);
  }
}
