package com.srm.mentoring.escalation.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.srm.mentoring.escalation.boundary.Escalations;
import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.KeycloakServer;
import com.srm.mentoring.testsupport.Rounds;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * What happens to concerns with nobody acting, over the sweep timer (every 2 s in tests): an
 * overdue concern goes to the next step's contact, with a home-page notice and an e-mail received
 * by a real SMTP server; check-in requests become step-1 concerns; content is erased after
 * retention unless on legal hold.
 */
@ExtendWith(SharedApplication.class)
class ConcernScheduleIT {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(
          new ServerSetup(
              IntegrationEnvironment.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @ApplicationUrl URL base;

  @Test
  void anOverdueConcernGoesToTheNextStepWithANoticeAndAnEmail() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID pairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
    String marker = UUID.randomUUID().toString();
    String id = program.raised("jun", pairing, "Overdue " + marker, Set.of()).getString("id");
    String erin = program.token("erin");

    PulseProgram.update(
        "UPDATE concern SET deadline = now() - interval '1 second' WHERE id = ?",
        UUID.fromString(id));
    await(
        () -> get(program, erin, "notifications").body().contains(id),
        "erin's home page tells her a concern needs her");
    JsonObject moved = Api.json(program.api.get("concerns/" + id, erin)).asJsonObject();
    assertEquals("STEP_2", moved.getString("state"), "handed on to step 2");
    assertEquals("erin", moved.getString("owner"));
    assertTrue(
        get(program, erin, "notifications").body().contains(id),
        "opening the concern leaves the notice: a link cannot clear it");
    assertEquals(204, program.api.post("concerns/" + id + "/seen", erin, "").statusCode());
    assertFalse(
        get(program, erin, "notifications").body().contains(id),
        "saying she saw it clears the notice");

    MimeMessage raised = mailAbout(id, "farid@example.org");
    assertEquals("A concern needs you", raised.getSubject(), "farid was told when it was raised");
    MimeMessage mail = mailAbout(id, "erin@example.org");
    assertEquals("A concern needs you", mail.getSubject());
    assertFalse(
        GreenMailUtil.getWholeMessage(mail).contains(marker), "the e-mail names no content");
  }

  @Test
  void overdueConcernsNobodyMayTakeOnDoNotKeepOthersWaiting() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    // erin is the cohort's only HR contact: with her excluded, nobody may own step 2
    UUID stuckPairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
    List<UUID> stuck = new ArrayList<>();
    for (int i = 0; i <= Escalations.BATCH; i++) {
      stuck.add(
          UUID.fromString(
              program.raised("jun", stuckPairing, "Stuck " + i, Set.of("erin")).getString("id")));
    }
    UUID pairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
    String waiting = program.raised("jun", pairing, "Next in line", Set.of()).getString("id");
    // more overdue concerns than a round takes, all due before the one that can be handed on
    for (UUID id : stuck) {
      PulseProgram.update(
          "UPDATE concern SET deadline = now() - interval '2 hours' WHERE id = ?", id);
    }
    PulseProgram.update(
        "UPDATE concern SET deadline = now() - interval '1 second' WHERE id = ?",
        UUID.fromString(waiting));

    String erin = program.token("erin");
    await(
        () ->
            Api.json(get(program, erin, waiting))
                .asJsonObject()
                .getString("state")
                .equals("STEP_2"),
        "the concern that can be handed on goes to step 2");
    String farid = program.token("farid");
    JsonObject first = Api.json(get(program, farid, stuck.get(0).toString())).asJsonObject();
    assertEquals("STEP_1", first.getString("state"), "nobody may take it: it stays");
    assertEquals("farid", first.getString("owner"));
    String refusedAt =
        "SELECT count(*) FROM concern WHERE id = ? AND handover_refused_at IS NOT NULL";
    for (UUID id : stuck) {
      await(() -> count(refusedAt, id) == 1, "the timer noted that nobody may take " + id);
    }
    String when =
        "SELECT CAST(extract(epoch FROM handover_refused_at) * 1000000 AS bigint) FROM concern"
            + " WHERE id = ?";
    List<Long> noted = stuck.stream().map(id -> count(when, id)).toList();
    Rounds.run(program.api, farid, "escalation-sweep");
    Rounds.run(program.api, farid, "escalation-sweep");
    assertEquals(
        noted, stuck.stream().map(id -> count(when, id)).toList(), "not tried again every round");
  }

  @Test
  void aCheckInRequestBecomesAStepOneConcernInTheRequestersName() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID cohort = program.cohort("farid", "erin");
    UUID pairing = program.pairing(cohort, "jun", "lena");
    PulseProgram.update(
        "INSERT INTO pulse_check_in (id, person_subject, cohort_id, pairing_id, requested_on)"
            + " VALUES (?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        program.people.subject("jun"),
        cohort,
        pairing,
        LocalDate.now());
    await(
        () -> count("SELECT count(*) FROM concern WHERE pairing_id = ?", pairing) == 1,
        "the request is opened as a concern");
    String id =
        ConcernsIT.ids(program.api.get("concerns?q=check-in", program.token("jun"))).stream()
            .filter(
                c -> {
                  try {
                    return program
                        .api
                        .get("concerns/" + c, program.token("jun"))
                        .body()
                        .contains(pairing.toString());
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .findFirst()
            .orElseThrow();
    JsonObject concern =
        Api.json(program.api.get("concerns/" + id, program.token("farid"))).asJsonObject();
    assertEquals("STEP_1", concern.getString("state"));
    assertEquals("farid", concern.getString("owner"));
    assertEquals(
        0,
        count("SELECT count(*) FROM pulse_check_in WHERE pairing_id = ? AND NOT opened", pairing));
  }

  @Test
  void contentIsErasedAfterRetentionUnlessOnLegalHold() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID cohort = program.cohort("farid", "erin");
    UUID pairing = program.pairing(cohort, "jun", "lena");
    String erased = program.raised("jun", pairing, "Erase me", Set.of()).getString("id");
    String kept = program.raised("jun", pairing, "Keep me", Set.of()).getString("id");
    String erin = program.token("erin");
    assertEquals(
        200,
        program
            .api
            .post("concerns/" + kept + "/hold", erin, "{\"reason\": \"Tribunal pending\"}")
            .statusCode());

    PulseProgram.update(
        "UPDATE cohort SET state = 'CLOSED', starts_on = ?, ends_on = ? WHERE id = ?",
        LocalDate.now().minusDays(500),
        LocalDate.now().minusDays(400),
        cohort);
    await(
        () -> Api.json(get(program, erin, erased)).asJsonObject().getBoolean("erased"),
        "the content is erased");
    JsonObject gone = Api.json(get(program, erin, erased)).asJsonObject();
    // JSON-B leaves out what is null
    assertFalse(gone.containsKey("title"), gone.toString());
    assertFalse(gone.containsKey("description"), gone.toString());
    assertEquals("STEP_1", gone.getString("state"), "the metadata stays");
    JsonObject held = Api.json(get(program, erin, kept)).asJsonObject();
    assertFalse(held.getBoolean("erased"));
    assertEquals("Keep me", held.getString("title"));

    HttpResponseCheck.logged(program, erased);
  }

  @Test
  void retentionCountsFromTheCohortsActualClosingNotItsPlannedEnd() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID cohort = program.cohort("farid", "erin");
    UUID pairing = program.pairing(cohort, "jun", "lena");
    String id = program.raised("jun", pairing, "Closed late", Set.of()).getString("id");
    String erin = program.token("erin");
    // planned to end long ago, but HR closes it only now
    PulseProgram.update(
        "UPDATE cohort SET starts_on = ?, ends_on = ? WHERE id = ?",
        LocalDate.now().minusDays(500),
        LocalDate.now().minusDays(400),
        cohort);
    HttpResponse<String> closed =
        program.api.post("cohorts/" + cohort + "/closing", program.token("hana"), "{}");
    assertEquals(200, closed.statusCode(), closed.body());
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM cohort WHERE id = ?"
                + " AND closed_at BETWEEN now() - interval '5 minutes' AND now()",
            cohort),
        "closing records its moment");

    Rounds.run(program.api, program.token("hana"), "escalation-sweep");
    assertFalse(
        Api.json(get(program, erin, id)).asJsonObject().getBoolean("erased"),
        "closed today: kept for the retention period, whatever the planned end said");

    PulseProgram.update(
        "UPDATE cohort SET closed_at = now() - interval '181 days' WHERE id = ?", cohort);
    await(
        () -> Api.json(get(program, erin, id)).asJsonObject().getBoolean("erased"),
        "erased 180 days after the actual closing");
    HttpResponseCheck.logged(program, id);
  }

  @Test
  void theEmailGoesToTheMailboxTheDirectoryNamesElseToUsernameAtTheMailDomain() throws Exception {
    String named = directoryPerson(true)[0];
    String mailbox = named + ".inbox@corp.example";
    String[] plain = directoryPerson(false);
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));

    UUID pairing = program.pairing(program.cohort("farid", named), "jun", "lena");
    assertEquals(
        1,
        count("SELECT count(*) FROM person WHERE username = ? AND email = ?", named, mailbox),
        "the sign-in keeps the directory's mailbox on the person's record");
    PulseProgram.update("UPDATE person SET email = NULL WHERE username = ?", named);
    assertEquals(mailbox, mailOfOverdueConcern(program, pairing));
    assertEquals(
        1,
        count("SELECT count(*) FROM person WHERE username = ? AND email = ?", named, mailbox),
        "a record without one takes it from the directory");

    // Keycloak has a person without an e-mail complete their profile before any sign-in, so their
    // record is the one the directory sync writes
    PulseProgram.update(
        "INSERT INTO person (subject, username, display_name, active, changed_at)"
            + " VALUES (?, ?, 'Test Mailbox', true, now())",
        plain[1],
        plain[0]);
    for (String role : List.of("employee", "escalation-contact")) {
      PulseProgram.update("INSERT INTO person_role (subject, role) VALUES (?, ?)", plain[1], role);
    }
    UUID cohort = program.cohort("farid");
    PulseProgram.update(
        "INSERT INTO cohort_escalation_contact (cohort_id, subject) VALUES (?, ?)",
        cohort,
        plain[1]);
    UUID other = program.pairing(cohort, "jun", "lena");
    assertEquals(
        plain[0] + "@example.org",
        mailOfOverdueConcern(program, other),
        "the directory names none: username at the configured mail domain");
  }

  @Test
  void aContactWhoseProfileIsInGermanIsToldInGerman() throws Exception {
    String german = directoryPerson(true, "de")[0];
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID pairing = program.pairing(program.cohort("farid", german), "jun", "lena");
    String id = program.raised("jun", pairing, "Sprache", Set.of()).getString("id");

    MimeMessage english = mailAbout(id, "farid@example.org");
    assertEquals("A concern needs you", english.getSubject(), "farid's profile names no language");
    PulseProgram.update(
        "UPDATE concern SET deadline = now() - interval '1 second' WHERE id = ?",
        UUID.fromString(id));
    MimeMessage mail = mailAbout(id, german + ".inbox@corp.example");
    assertEquals("Ein Anliegen braucht Sie", mail.getSubject());
    String body = (String) mail.getContent();
    assertTrue(body.startsWith("Ein Anliegen im Reverse-Mentoring-Programm braucht Sie."), body);
    assertTrue(body.contains("/escalation/concern.xhtml?id=" + id), body);
  }

  /** Raises a concern, lets step 1 run out, and answers where its e-mail went. */
  private String mailOfOverdueConcern(ConcernTestProgram program, UUID pairing) throws Exception {
    String id = program.raised("jun", pairing, "Mailed", Set.of()).getString("id");
    PulseProgram.update(
        "UPDATE concern SET deadline = now() - interval '1 second' WHERE id = ?",
        UUID.fromString(id));
    // farid, who owned step 1, was told when it was raised; the hand-over goes to someone else
    await(
        () -> handedOn(id).findAny().isPresent(), "the hand-over's e-mail reaches the SMTP server");
    return handedOn(id).findFirst().orElseThrow().getAllRecipients()[0].toString();
  }

  private static Stream<MimeMessage> handedOn(String id) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> GreenMailUtil.getBody(m).contains(id))
        .filter(m -> !"farid@example.org".equals(recipientOf(m)));
  }

  /** The e-mail about the concern to this address, once the SMTP server has it. */
  private static MimeMessage mailAbout(String id, String to) throws Exception {
    await(
        () ->
            Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> GreenMailUtil.getBody(m).contains(id) && to.equals(recipientOf(m))),
        "the e-mail to " + to + " reaches the SMTP server");
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> GreenMailUtil.getBody(m).contains(id) && to.equals(recipientOf(m)))
        .findFirst()
        .orElseThrow();
  }

  private static String recipientOf(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An HR escalation contact made in the directory for this test, with a mailbox of the form
   * username.inbox@corp.example, or none; answers the username and the directory's id.
   */
  private static String[] directoryPerson(boolean withMailbox) {
    return directoryPerson(withMailbox, null);
  }

  /** The same, whose directory profile names {@code language} ({@code null}: none). */
  private static String[] directoryPerson(boolean withMailbox, String language) {
    String username = "mailbox" + UUID.randomUUID().toString().substring(0, 8);
    try (Keycloak admin = Tokens.admin()) {
      UserRepresentation person = new UserRepresentation();
      person.setUsername(username);
      person.setFirstName("Test");
      person.setLastName("Mailbox");
      if (withMailbox) {
        person.setEmail(username + ".inbox@corp.example");
        person.setEmailVerified(true);
      }
      if (language != null) {
        person.setAttributes(Map.of("locale", List.of(language)));
      }
      person.setEnabled(true);
      person.setGroups(List.of("employee", "escalation-contact"));
      CredentialRepresentation password = new CredentialRepresentation();
      password.setType(CredentialRepresentation.PASSWORD);
      password.setValue("demo");
      password.setTemporary(false);
      person.setCredentials(List.of(password));
      try (Response created = admin.realm(KeycloakServer.REALM).users().create(person)) {
        return new String[] {username, CreatedResponseUtil.getCreatedId(created)};
      }
    }
  }

  /** The erasure is in the access log, as a deletion of the concern. */
  static final class HttpResponseCheck {
    static void logged(ConcernTestProgram program, String id) throws Exception {
      String log =
          program
              .api
              .get(
                  "audit/entries?recordType=concern&action=delete&recordId=" + id,
                  program.token("audrey"))
              .body();
      assertTrue(log.contains(id), log);
    }
  }

  static HttpResponse<String> get(ConcernTestProgram program, String token, String id) {
    try {
      return program.api.get("concerns/" + id, token);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static long count(String sql, Object... values) {
    try {
      return PulseProgram.count(sql, values);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void await(BooleanSupplier condition, String what) throws Exception {
    Await.until(condition::getAsBoolean, done -> done, what);
  }
}
