package com.srm.mentoring.session.control;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes sessions as iCalendar text (RFC 5545, with the methods of RFC 5546): an invitation or a
 * cancellation for one recipient's mailbox, and a person's feed that calendar programs subscribe
 * to. Times are written in UTC. A session keeps one UID wherever it appears, so that an invitation,
 * its moves, its cancellation and the feed all speak of the same event; its SEQUENCE rises with
 * each move and the cancellation. Only what the caller passes is written: the pairing's names, the
 * place, a link; never an agenda item, a note, a concern or an answer.
 */
public final class SessionCalendar {

  static final String PRODUCT = "-//Safe Reverse Mentoring//Sessions//EN";

  private SessionCalendar() {}

  /** Someone the event names: their name and mailbox. */
  public record Person(String name, String email) {}

  /**
   * One session as a calendar event.
   *
   * @param uid the session's UID, the same in every invitation and feed
   * @param sequence how often it was moved or cancelled
   * @param cancelled whether it was cancelled
   * @param summary the title, in the reader's language
   * @param description the text, in the reader's language, with the link
   * @param place where, as planned, or null
   * @param link the session's page
   */
  public record Event(
      String uid,
      int sequence,
      boolean cancelled,
      Instant startsAt,
      Instant endsAt,
      String summary,
      String description,
      String place,
      String link,
      Person organizer,
      List<Person> attendees) {

    public Event {
      Objects.requireNonNull(uid, "uid is required");
      Objects.requireNonNull(startsAt, "startsAt is required");
      Objects.requireNonNull(endsAt, "endsAt is required");
      attendees = List.copyOf(attendees);
    }
  }

  /** The UID of a session: its id at the host people reach the application at. */
  public static String uid(UUID sessionId, String host) {
    return "session-" + sessionId + "@" + host;
  }

  /**
   * An invitation to the event, or its cancellation once it was cancelled (METHOD:REQUEST or
   * METHOD:CANCEL), as sent to one recipient.
   */
  public static String invitation(Event event, Instant now) {
    ICalendar calendar = calendar();
    calendar.setMethod(event.cancelled() ? Method.cancel() : Method.request());
    calendar.addEvent(vevent(event, now));
    return Biweekly.write(calendar).go();
  }

  /** A person's feed: their sessions, cancelled ones marked so, under the feed's name. */
  public static String feed(String name, List<Event> events, Instant now) {
    ICalendar calendar = calendar();
    calendar.setMethod(Method.publish());
    calendar.setName(name);
    // the name most calendar programs read
    calendar.setExperimentalProperty("X-WR-CALNAME", name);
    for (Event event : events) {
      calendar.addEvent(vevent(event, now));
    }
    return Biweekly.write(calendar).go();
  }

  private static ICalendar calendar() {
    ICalendar calendar = new ICalendar();
    calendar.setProductId(PRODUCT);
    return calendar;
  }

  private static VEvent vevent(Event event, Instant now) {
    VEvent vevent = new VEvent();
    vevent.setUid(event.uid());
    vevent.setSequence(event.sequence());
    vevent.setDateTimeStamp(Date.from(now));
    vevent.setDateStart(Date.from(event.startsAt()), true);
    vevent.setDateEnd(Date.from(event.endsAt()), true);
    vevent.setSummary(event.summary());
    vevent.setDescription(event.description());
    if (event.place() != null) {
      vevent.setLocation(event.place());
    }
    if (event.link() != null) {
      vevent.setUrl(event.link());
    }
    vevent.setStatus(event.cancelled() ? Status.cancelled() : Status.confirmed());
    if (event.organizer() != null) {
      vevent.setOrganizer(new Organizer(event.organizer().name(), event.organizer().email()));
    }
    for (Person person : event.attendees()) {
      Attendee attendee = new Attendee(person.name(), person.email());
      attendee.setRole(Role.ATTENDEE);
      attendee.setParticipationLevel(ParticipationLevel.REQUIRED);
      attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
      attendee.setRsvp(!event.cancelled());
      vevent.addAttendee(attendee);
    }
    return vevent;
  }
}
