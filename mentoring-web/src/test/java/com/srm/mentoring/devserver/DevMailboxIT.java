package com.srm.mentoring.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.escalation.rest.ConcernTestProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.HttpProbe;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dev run's mailbox takes the e-mails the application sends and shows them on its page: a
 * concern raised in the application is announced there to the contact who owns its first step.
 */
@ExtendWith(SharedApplication.class)
class DevMailboxIT {

  @ApplicationUrl URL base;

  @Test
  void aConcernNoticeTheApplicationSendsIsReadOnTheMailboxPage() throws Exception {
    try (DevMailbox mailbox = DevMailbox.start(IntegrationEnvironment.smtpPort(), 0)) {
      ConcernTestProgram program = new ConcernTestProgram(new Api(base));
      UUID pairing = program.pairing(program.cohort("farid", "erin"), "jun", "lena");
      String id =
          program.raised("jun", pairing, "Mailbox " + UUID.randomUUID(), Set.of()).getString("id");

      URI page = URI.create(mailbox.address());
      String html =
          Await.until(
              () -> HttpProbe.get(page).body(),
              body -> body.contains(id),
              "the notice about " + id + " on " + page);
      assertTrue(html.contains("A concern needs you"), html);
      assertTrue(html.contains("To: farid@example.org"), html);
      assertTrue(page.getHost().equals("127.0.0.1"), "the page is on loopback: " + page);

      HttpResponse<String> deleting = HttpProbe.send(HttpRequest.newBuilder(page).DELETE());
      assertEquals(405, deleting.statusCode(), "the page is read-only");
    }
  }
}
