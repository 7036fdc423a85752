package com.srm.mentoring.session.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import com.srm.mentoring.escalation.control.EscalationSettings;
import com.srm.mentoring.identity.entity.DirectoryEntry;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.session.entity.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The invitations and feeds, written and read back with the iCalendar library. */
class SessionCalendarTest {

  static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");
  static final Instant STARTS = Instant.parse("2027-03-09T14:30:00Z");

  @Test
  void anInvitationCarriesTheSessionsUidSequenceAndUtcTimes() {
    SessionCalendar.Event event = event(0, false);
    ICalendar parsed = Biweekly.parse(SessionCalendar.invitation(event, NOW)).first();

    assertEquals("REQUEST", parsed.getMethod().getValue());
    VEvent vevent = parsed.getEvents().get(0);
    assertEquals(event.uid(), vevent.getUid().getValue());
    assertEquals(0, vevent.getSequence().getValue());
    assertEquals(Date.from(STARTS), vevent.getDateStart().getValue());
    assertEquals(Date.from(STARTS.plus(Duration.ofHours(1))), vevent.getDateEnd().getValue());
    assertEquals("mentoring@example.org", vevent.getOrganizer().getEmail());
    assertEquals(
        List.of("jun@example.org", "lena@example.org", "farid@example.org"),
        vevent.getAttendees().stream().map(Attendee::getEmail).toList());
    assertEquals("Room 4", vevent.getLocation().getValue());
    assertEquals("CONFIRMED", vevent.getStatus().getValue());
  }

  @Test
  void timesAreWrittenInUtc() {
    String text = SessionCalendar.invitation(event(0, false), NOW);
    assertTrue(text.contains("DTSTART:20270309T143000Z"), text);
    assertTrue(text.contains("DTEND:20270309T153000Z"), text);
    assertFalse(text.contains("VTIMEZONE"), text);
  }

  @Test
  void aCancelledSessionGoesOutAsACancellationWithAHigherSequence() {
    ICalendar parsed = Biweekly.parse(SessionCalendar.invitation(event(2, true), NOW)).first();
    assertEquals("CANCEL", parsed.getMethod().getValue());
    VEvent vevent = parsed.getEvents().get(0);
    assertEquals(2, vevent.getSequence().getValue());
    assertEquals("CANCELLED", vevent.getStatus().getValue());
  }

  @Test
  void aFeedListsEachSessionOnceUnderItsName() {
    SessionCalendar.Event first = event(0, false);
    SessionCalendar.Event second =
        new SessionCalendar.Event(
            SessionCalendar.uid(UUID.randomUUID(), "mentoring.example.org"),
            1,
            true,
            STARTS.plus(Duration.ofDays(7)),
            STARTS.plus(Duration.ofDays(7)).plus(Duration.ofHours(1)),
            "Cancelled",
            "",
            null,
            null,
            null,
            List.of());
    ICalendar parsed =
        Biweekly.parse(SessionCalendar.feed("Sessions", List.of(first, second), NOW)).first();
    assertEquals("PUBLISH", parsed.getMethod().getValue());
    assertEquals("Sessions", parsed.getNames().get(0).getValue());
    assertEquals(2, parsed.getEvents().size());
    assertEquals(first.uid(), parsed.getEvents().get(0).getUid().getValue());
    assertEquals("CANCELLED", parsed.getEvents().get(1).getStatus().getValue());
  }

  @Test
  void theEventNamesThePairingAndLinksTheSessionInTheReadersLanguage() {
    SessionEvents events = new SessionEvents();
    events.mail =
        new EscalationSettings() {
          @Override
          public String linkBase() {
            return "https://mentoring.example.org/";
          }

          @Override
          public String mailFrom() {
            return "mentoring@example.org";
          }

          @Override
          public String mailDomain() {
            return "example.org";
          }
        };
    events.sessionMinutes = 45;
    Pairing pairing = new Pairing(UUID.randomUUID(), "s-jun", "s-lena", "s-farid", NOW);
    Session session = new Session(pairing.getId(), STARTS, "Room 4", NOW);
    session.addToAgenda("s-jun", "A private worry about the team", NOW);
    Map<String, Person> people =
        Map.of(
            "s-jun", person("s-jun", "jun", "Jun Park"),
            "s-lena", person("s-lena", "lena", "Lena Vogel"),
            "s-farid", person("s-farid", "farid", "Farid Haddad"));

    SessionCalendar.Event german = events.of(session, pairing, people, Locale.GERMAN, true);
    assertEquals("Reverse Mentoring: Jun Park und Lena Vogel", german.summary());
    assertEquals(
        "session-" + session.getId() + "@mentoring.example.org", german.uid(), "host of the link");
    String link = "https://mentoring.example.org/program/session.xhtml?id=" + session.getId();
    assertTrue(german.description().contains(link), german.description());
    assertTrue(german.description().contains("Farid Haddad"), german.description());
    assertFalse(german.description().contains("worry"), "no agenda item");
    assertEquals(STARTS.plus(Duration.ofMinutes(45)), german.endsAt());
    assertEquals(3, german.attendees().size());
    assertEquals("jun@example.org", german.attendees().get(0).email(), "username at the domain");

    SessionCalendar.Event english = events.of(session, pairing, people, Locale.ENGLISH, false);
    assertEquals("Reverse mentoring: Jun Park and Lena Vogel", english.summary());
    assertTrue(english.attendees().isEmpty(), "a feed names nobody's mailbox");
  }

  private static Person person(String subject, String username, String name) {
    return new Person(
        subject,
        new DirectoryEntry(
            username, name, null, null, null, true, Set.of("employee"), NOW, null, null));
  }

  private static SessionCalendar.Event event(int sequence, boolean cancelled) {
    return new SessionCalendar.Event(
        SessionCalendar.uid(UUID.randomUUID(), "mentoring.example.org"),
        sequence,
        cancelled,
        STARTS,
        STARTS.plus(Duration.ofHours(1)),
        "Reverse mentoring: Jun and Lena",
        "A session.",
        "Room 4",
        "https://mentoring.example.org/program/session.xhtml?id=1",
        new SessionCalendar.Person("Safe Reverse Mentoring", "mentoring@example.org"),
        List.of(
            new SessionCalendar.Person("Jun", "jun@example.org"),
            new SessionCalendar.Person("Lena", "lena@example.org"),
            new SessionCalendar.Person("Farid", "farid@example.org")));
  }
}
