package com.srm.mentoring.escalation.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.Rounds;
import com.srm.mentoring.testsupport.SharedApplication;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "A concern needs you" e-mails go through the outbox: while the SMTP server is down they wait and
 * the backlog shows in the metrics and the health data; once it is up, each reaches it exactly once
 * and the outbox empties. Each concern here puts two out: to farid, who owns step 1 when it is
 * raised, and to erin, who owns step 2 when it is handed on.
 */
@ExtendWith(SharedApplication.class)
class MailOutboxIT {

  @ApplicationUrl URL base;

  @Test
  void mailsWaitWhileSmtpIsDownAndGoOutOnceWhenItIsBack() throws Exception {
    ConcernTestProgram program = new ConcernTestProgram(new Api(base));
    UUID pairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
    String marker = UUID.randomUUID().toString();
    UUID first = raisedAndHandedOn(program, pairing, "Outbox one " + marker);
    UUID second = raisedAndHandedOn(program, pairing, "Outbox two " + marker);
    String erin = program.token("erin");

    // nothing listens on the SMTP port: each attempt fails, is counted and put off
    long runsBefore = metric("srm_round_runs", "mail-send");
    Rounds.run(program.api, erin, "mail-send");
    Await.until(
        () ->
            PulseProgram.count(
                "SELECT count(*) FROM mail_outbox WHERE concern_id IN (?, ?) AND attempts > 0"
                    + " AND last_failure IS NOT NULL",
                first,
                second),
        n -> n == 4,
        "all four e-mails tried and kept");
    assertTrue(metric("srm_mail_backlog", null) >= 4, "the backlog metric counts them");
    assertTrue(metric("srm_round_runs", "mail-send") > runsBefore, "the rounds are counted");
    String ready = HttpProbe.get(URI.create(base.toExternalForm()).resolve("/health/ready")).body();
    Matcher waiting = Pattern.compile("\"waiting\":\\s*\"?(\\d+)").matcher(ready);
    assertTrue(waiting.find(), ready);
    assertTrue(Long.parseLong(waiting.group(1)) >= 4, ready);

    GreenMail smtp =
        new GreenMail(
            new ServerSetup(
                IntegrationEnvironment.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      Await.until(
          () -> outboxRows(first, second),
          n -> n == 0,
          "the outbox sending all four e-mails once the SMTP server is up");
      // more rounds, on the timer and asked for, send nothing twice
      Rounds.run(program.api, erin, "mail-send");
      Rounds.run(program.api, erin, "mail-send");
      for (UUID concern : new UUID[] {first, second}) {
        List<String> recipients =
            Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> GreenMailUtil.getBody(m).contains(concern.toString()))
                .map(MailOutboxIT::recipient)
                .sorted()
                .toList();
        assertEquals(
            List.of("erin@example.org", "farid@example.org"),
            recipients,
            "e-mails about " + concern);
      }
      assertFalse(
          Arrays.stream(smtp.getReceivedMessages())
              .anyMatch(m -> GreenMailUtil.getWholeMessage(m).contains(marker)),
          "the e-mails name no content");
    } finally {
      smtp.stop();
    }
  }

  /**
   * A concern raised by jun, which puts an e-mail to farid out, and handed on to erin at step 2,
   * which puts one to her out.
   */
  private static UUID raisedAndHandedOn(ConcernTestProgram program, UUID pairing, String title)
      throws Exception {
    UUID id = UUID.fromString(program.raised("jun", pairing, title, Set.of()).getString("id"));
    PulseProgram.update(
        "UPDATE concern SET deadline = now() - interval '1 second' WHERE id = ?", id);
    Rounds.run(program.api, program.token("erin"), "escalation-sweep");
    Await.until(
        () -> PulseProgram.count("SELECT count(*) FROM mail_outbox WHERE concern_id = ?", id),
        n -> n >= 2,
        "the e-mails about " + id + " in the outbox");
    return id;
  }

  private static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long outboxRows(UUID first, UUID second) throws Exception {
    return PulseProgram.count(
        "SELECT count(*) FROM mail_outbox WHERE concern_id IN (?, ?)", first, second);
  }

  /** A metric's value from {@code /metrics}, summed over its lines with the round's tag if any. */
  private long metric(String name, String round) throws Exception {
    String text = HttpProbe.get(URI.create(base.toExternalForm()).resolve("/metrics")).body();
    Pattern line = Pattern.compile("(?m)^" + name + "(?:_total)?(\\{[^}]*\\})?\\s+([0-9.eE+-]+)$");
    Matcher m = line.matcher(text);
    double sum = 0;
    boolean found = false;
    while (m.find()) {
      String tags = m.group(1) == null ? "" : m.group(1);
      if (round == null || tags.contains("round=\"" + round + "\"")) {
        sum += Double.parseDouble(m.group(2));
        found = true;
      }
    }
    assertTrue(found, name + " in /metrics: " + text);
    return (long) sum;
  }
}
