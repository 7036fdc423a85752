package com.srm.mentoring.session.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sessions in people's calendars, end to end: the invitations a real SMTP server receives when a
 * session is planned, moved and cancelled, read back as iCalendar; and a person's private feed,
 * read without signing in, as a calendar program does.
 */
@ExtendWith(SharedApplication.class)
class CalendarIT {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(
          new ServerSetup(
              IntegrationEnvironment.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @ApplicationUrl URL base;

  /** A calendar invitation as one recipient received it. */
  record Invitation(String to, String method, String contentType, VEvent event, String whole) {}

  @Test
  void thePairAndTheFacilitatorAreInvitedAndEachMoveAndTheCancellationReachThem() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    String mentor = NewPeople.create("calmentor", "employee");
    String mentee = NewPeople.create("calmentee", "employee");
    String facilitator = NewPeople.create("calfacil", "employee", "facilitator");
    UUID pairing = program.pairing(program.cohort(5, facilitator), mentor, mentee, facilitator);
    String token = program.token(mentor);
    Instant first = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

    HttpResponse<String> planned =
        api.post(
            "pairings/" + pairing + "/sessions",
            token,
            "{\"startsAt\": \"%s\", \"place\": \"Room 7\"}".formatted(first));
    assertEquals(201, planned.statusCode(), planned.body());
    String session = Api.json(planned).asJsonObject().getString("id");
    String marker = "Private worry " + UUID.randomUUID();
    assertEquals(
        200,
        api.post("sessions/" + session + "/agenda", token, "{\"text\": \"" + marker + "\"}")
            .statusCode());

    List<Invitation> invited = awaitThree(session, 0);
    assertEquals(
        List.of(facilitator + "@example.org", mentee + "@example.org", mentor + "@example.org"),
        invited.stream().map(Invitation::to).sorted().toList(),
        "one each to the mentor, the mentee and the facilitator");
    for (Invitation invitation : invited) {
      assertEquals("REQUEST", invitation.method());
      assertTrue(
          invitation.contentType().toLowerCase().contains("method=request"),
          invitation.contentType());
      assertEquals("session-" + session + "@localhost", invitation.event().getUid().getValue());
      assertEquals(Date.from(first), invitation.event().getDateStart().getValue());
      assertEquals(
          Date.from(first.plus(Duration.ofHours(1))), invitation.event().getDateEnd().getValue());
      assertEquals(3, invitation.event().getAttendees().size());
      assertEquals("Room 7", invitation.event().getLocation().getValue());
      assertTrue(
          invitation.event().getDescription().getValue().contains("session.xhtml?id=" + session),
          "links the session's page");
    }

    Instant moved = first.plus(Duration.ofHours(2));
    HttpResponse<String> move =
        api.post("sessions/" + session + "/move", token, "{\"startsAt\": \"%s\"}".formatted(moved));
    assertEquals(200, move.statusCode(), move.body());
    for (Invitation invitation : awaitThree(session, 1)) {
      assertEquals("REQUEST", invitation.method());
      assertEquals(Date.from(moved), invitation.event().getDateStart().getValue());
    }

    HttpResponse<String> cancelled =
        api.post("sessions/" + session + "/cancellation", program.token(facilitator), "");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    for (Invitation invitation : awaitThree(session, 2)) {
      assertEquals("CANCEL", invitation.method());
      assertTrue(
          invitation.contentType().toLowerCase().contains("method=cancel"),
          invitation.contentType());
      assertEquals("CANCELLED", invitation.event().getStatus().getValue());
    }
    assertFalse(
        invitations(session).stream().anyMatch(i -> i.whole().contains(marker)),
        "no agenda item in any invitation");
  }

  @Test
  void theFeedListsThePersonsOwnSessionsUntilItsAddressIsMadeAnewOrRevoked() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    String mentor = NewPeople.create("feedmentor", "employee");
    String mentee = NewPeople.create("feedmentee", "employee");
    String otherMentor = NewPeople.create("feedother", "employee");
    String otherMentee = NewPeople.create("feedothee", "employee");
    String facilitator = NewPeople.create("feedfacil", "employee", "facilitator");
    UUID cohort = program.cohort(5, facilitator);
    UUID mine = program.pairing(cohort, mentor, mentee, facilitator);
    UUID theirs = program.pairing(cohort, otherMentor, otherMentee, facilitator);
    String token = program.token(mentor);
    String own = plan(api, token, mine);
    String other = plan(api, program.token(otherMentor), theirs);

    String url = created(api, token);
    HttpResponse<String> feed = HttpProbe.get(URI.create(url));
    assertEquals(200, feed.statusCode(), "read without signing in");
    assertTrue(
        feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
        feed.headers().toString());
    assertTrue(
        feed.headers().firstValue("Cache-Control").orElse("").contains("private"),
        feed.headers().toString());
    List<String> uids = uids(feed.body());
    assertEquals(List.of("session-" + own + "@localhost"), uids, "the person's session only");
    assertFalse(feed.body().contains(other));
    assertTrue(
        loggedRead(program.subject(mentor), own), "the served feed is the person's logged read");

    String secret = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    assertEquals(
        sha256(secret),
        single("SELECT secret_hash FROM calendar_feed WHERE subject = ?", program.subject(mentor)),
        "only the secret's hash is kept");
    assertEquals(0, rowsHolding(secret), "no table holds the secret");

    long refusedBefore = refusedFeedReads();
    String rotated = created(api, token);
    assertFalse(rotated.equals(url));
    assertEquals(404, HttpProbe.get(URI.create(url)).statusCode(), "the old address is gone");
    assertEquals(200, HttpProbe.get(URI.create(rotated)).statusCode());
    assertTrue(refusedFeedReads() > refusedBefore, "the refused read is logged");

    assertEquals(204, api.delete("me/calendar-feed", token).statusCode());
    assertEquals(404, HttpProbe.get(URI.create(rotated)).statusCode(), "revoked");
    assertEquals(
        404,
        HttpProbe.get(URI.create(base.toExternalForm()).resolve("calendar/nonsense.ics"))
            .statusCode());

    // a person the directory disabled has no feed any more
    String menteeUrl = created(api, program.token(mentee));
    assertEquals(List.of("session-" + own + "@localhost"), uids(get(menteeUrl)));
    PulseProgram.update("UPDATE person SET active = false WHERE username = ?", mentee);
    assertEquals(404, HttpProbe.get(URI.create(menteeUrl)).statusCode());

    // and an erasure deletes the feed
    String otherUrl = created(api, program.token(otherMentor));
    String otherSubject = program.subject(otherMentor);
    String hr = NewPeople.create("calhr", "employee", "hr-admin");
    HttpResponse<String> erased =
        api.post("directory/people/" + otherMentor + "/erasure", program.token(hr), "");
    assertEquals(200, erased.statusCode(), erased.body());
    assertEquals(404, HttpProbe.get(URI.create(otherUrl)).statusCode());
    assertEquals(
        0,
        PulseProgram.count("SELECT count(*) FROM calendar_feed WHERE subject = ?", otherSubject));
  }

  private static String plan(Api api, String token, UUID pairing) throws Exception {
    HttpResponse<String> planned =
        api.post(
            "pairings/" + pairing + "/sessions",
            token,
            "{\"startsAt\": \"%s\"}".formatted(Instant.now().plus(5, ChronoUnit.DAYS)));
    assertEquals(201, planned.statusCode(), planned.body());
    return Api.json(planned).asJsonObject().getString("id");
  }

  private static String created(Api api, String token) throws Exception {
    HttpResponse<String> created = api.post("me/calendar-feed", token, "");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject answer = Api.json(created).asJsonObject();
    String url = answer.getString("url");
    assertTrue(url.matches("https?://.+/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);
    return url;
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> feed = HttpProbe.get(URI.create(url));
    assertEquals(200, feed.statusCode(), url);
    return feed.body();
  }

  private static List<String> uids(String calendar) {
    ICalendar parsed = Biweekly.parse(calendar).first();
    return parsed.getEvents().stream().map(e -> e.getUid().getValue()).toList();
  }

  /** Waits for the three invitations of this sequence, and answers them. */
  private static List<Invitation> awaitThree(String session, int sequence) throws Exception {
    return Await.until(
        () ->
            invitations(session).stream()
                .filter(i -> i.event().getSequence().getValue() == sequence)
                .toList(),
        found -> found.size() == 3,
        "three invitations of session " + session + " at sequence " + sequence);
  }

  private static List<Invitation> invitations(String session) throws Exception {
    List<Invitation> found = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (!(message.getContent() instanceof Multipart parts)) {
        continue;
      }
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (!part.getContentType().toLowerCase().startsWith("text/calendar")) {
          continue;
        }
        String text;
        try (InputStream in = part.getInputStream()) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ICalendar calendar = Biweekly.parse(text).first();
        VEvent event = calendar.getEvents().get(0);
        if (event.getUid().getValue().equals("session-" + session + "@localhost")) {
          found.add(
              new Invitation(
                  message.getAllRecipients()[0].toString(),
                  calendar.getMethod().getValue(),
                  part.getContentType(),
                  event,
                  GreenMailUtil.getWholeMessage(message) + text));
        }
      }
    }
    return found;
  }

  private static boolean loggedRead(String subject, String session) throws Exception {
    return Await.until(
            () ->
                PulseProgram.count(
                    "SELECT count(*) FROM access_log WHERE subject = ?"
                        + " AND record_type = 'session' AND outcome = 'GRANTED'"
                        + " AND ? = ANY (record_ids)",
                    subject,
                    session),
            n -> n > 0,
            "the feed's read in the access log")
        > 0;
  }

  private static long refusedFeedReads() throws Exception {
    return PulseProgram.count(
        "SELECT count(*) FROM access_log WHERE record_type = 'calendar feed'"
            + " AND outcome = 'DENIED'");
  }

  /** Rows of any table of the schema whose text holds {@code text}. */
  private static long rowsHolding(String text) throws Exception {
    long rows = 0;
    try (Connection c = PulseProgram.database().getConnection()) {
      List<String> tables = new ArrayList<>();
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT table_name FROM information_schema.tables"
                      + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String table : tables) {
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT count(*) FROM \"" + table + "\" t WHERE strpos(t::text, ?) > 0")) {
          s.setString(1, text);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            rows += r.getLong(1);
          }
        }
      }
    }
    return rows;
  }

  private static String single(String sql, Object value) throws Exception {
    try (Connection c = PulseProgram.database().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, value);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
