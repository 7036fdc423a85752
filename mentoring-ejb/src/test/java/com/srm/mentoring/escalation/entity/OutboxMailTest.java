package com.srm.mentoring.escalation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration FIRST = Duration.ofSeconds(60);
  private static final Duration LONGEST = Duration.ofMinutes(10);

  @Test
  void aNewMailIsDueAtOnce() {
    OutboxMail mail = new OutboxMail("erin", UUID.randomUUID(), NOW);
    assertEquals(NOW, mail.getNextTryAt());
    assertEquals(0, mail.getAttempts());
  }

  @Test
  void anInvitationNamesItsSessionAndNoConcern() {
    UUID session = UUID.randomUUID();
    OutboxMail mail = OutboxMail.invitation("erin", session, "BEGIN:VCALENDAR", NOW);
    assertNull(mail.getConcernId());
    assertEquals(session, mail.getSessionId());
    assertEquals("BEGIN:VCALENDAR", mail.getCalendar());
    assertEquals(NOW, mail.getNextTryAt(), "due at once, retried like any other");
  }

  @Test
  void eachFailureDoublesTheWaitUpToTheLongest() {
    OutboxMail mail = new OutboxMail("erin", UUID.randomUUID(), NOW);
    long[] waits = {60, 120, 240, 480, 600, 600};
    for (int i = 0; i < waits.length; i++) {
      mail.failed("connection refused", NOW, FIRST, LONGEST);
      assertEquals(i + 1, mail.getAttempts());
      assertEquals(NOW.plusSeconds(waits[i]), mail.getNextTryAt(), "after failure " + (i + 1));
    }
    assertEquals("connection refused", mail.getLastFailure());
  }

  @Test
  void aLongFailureIsCutToTheColumn() {
    OutboxMail mail = new OutboxMail("erin", UUID.randomUUID(), NOW);
    mail.failed("x".repeat(2000), NOW, FIRST, LONGEST);
    assertEquals(500, mail.getLastFailure().length());
  }
}
