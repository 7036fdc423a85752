package com.srm.mentoring.session.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.PairingPart;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionDetailTest {

  static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");
  static final Instant STARTS = NOW.plus(Duration.ofDays(2));

  static final Map<String, PersonName> NAMES =
      Map.of(
          "s-jun", new PersonName("jun", "Jun Park"),
          "s-sam", new PersonName("sam", "Sam Ortiz"),
          "s-farid", new PersonName("farid", "Farid Haddad"));

  Pairing pairing = new Pairing(UUID.randomUUID(), "s-jun", "s-sam", "s-farid", NOW);
  Session session = new Session(pairing.getId(), STARTS, "Room 4", NOW);

  SessionDetail as(String subject, Instant at) {
    return SessionDetail.of(session, pairing, subject, NAMES, null, at);
  }

  @Test
  void thePartiesWriteTheAgendaUntilTheSessionStarts() {
    assertTrue(as("s-jun", NOW).mayAddToAgenda());
    assertTrue(as("s-sam", NOW).mayAddToAgenda());
    assertFalse(as("s-farid", NOW).mayAddToAgenda(), "the facilitator writes no agenda");
    assertFalse(as("s-hana", NOW).mayAddToAgenda());
    assertFalse(as("s-jun", STARTS).mayAddToAgenda(), "closed once it has started");
  }

  @Test
  void itsThreePeopleMarkItHeldOrCancelItWhilePlanned() {
    assertTrue(as("s-farid", NOW).mayMarkHeld());
    assertTrue(as("s-jun", NOW).mayCancel());
    assertFalse(as("s-hana", NOW).mayMarkHeld(), "HR reads it, and only reads it");
    assertNull(as("s-hana", NOW).you());
    assertEquals(PairingPart.FACILITATOR, as("s-farid", NOW).you());

    session.markHeld(List.of("s-jun", "s-sam"), NOW);
    assertFalse(as("s-farid", NOW).mayMarkHeld());
    assertFalse(as("s-jun", NOW).mayCancel());
    assertFalse(as("s-jun", NOW).planned());
  }

  @Test
  void agendaAndAttendanceAreNamedAndThePairingsPeopleOffered() {
    session.addToAgenda("s-sam", "What I never hear in steering meetings", NOW);
    session.markHeld(List.of("s-sam", "s-jun"), NOW);
    SessionDetail read = as("s-jun", NOW);
    assertEquals("Sam Ortiz", read.agenda().get(0).author().displayName());
    assertEquals(
        List.of("Jun Park", "Sam Ortiz"),
        read.attended().stream().map(PersonName::displayName).toList());
    assertEquals(
        List.of("jun", "sam", "farid"), read.people().stream().map(PersonName::username).toList());
  }
}
