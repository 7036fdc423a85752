package com.srm.mentoring.session.control;

import com.srm.mentoring.escalation.control.ConcernMail;
import com.srm.mentoring.escalation.control.EscalationSettings;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.session.entity.Session;
import com.srm.mentoring.session.entity.SessionState;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A session as a calendar event for one reader, in their language: the pairing's names, the time,
 * the place and a link to the session's page. The agenda, notes and anything about answers or
 * concerns stay out. The texts are in the e-mails' bundle; the application's address and the
 * sender's mailbox are the e-mails' settings (docs/configuration.md).
 */
@Dependent
public class SessionEvents {

  @Inject EscalationSettings mail;

  @Inject
  @ConfigProperty(name = "mentoring.calendar.session-minutes", defaultValue = "60")
  int sessionMinutes;

  /** The host of the application's address: the right-hand side of every session's UID. */
  public String host() {
    try {
      String host = URI.create(linkBase()).getHost();
      return host == null || host.isBlank() ? "localhost" : host;
    } catch (IllegalArgumentException e) {
      return "localhost";
    }
  }

  /** The texts of e-mails and calendars in {@code language}, falling back to English. */
  public static ResourceBundle texts(Locale language) {
    return ResourceBundle.getBundle(
        ConcernMail.BUNDLE,
        language,
        SessionEvents.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The language a person reads: their directory profile's, else English. */
  public static Locale languageOf(Person person) {
    return person == null ? Locale.ENGLISH : person.language().orElse(Locale.ENGLISH);
  }

  /**
   * The session as {@code reader} reads it.
   *
   * @param people the pairing's three people by subject, as far as their records exist
   * @param invitation whether the event goes into a mailbox, naming its organizer and attendees
   */
  public SessionCalendar.Event of(
      Session session,
      Pairing pairing,
      Map<String, Person> people,
      Locale language,
      boolean invitation) {
    ResourceBundle texts = texts(language);
    String mentor = nameOf(people.get(pairing.getMentor()));
    String mentee = nameOf(people.get(pairing.getMentee()));
    String facilitator = nameOf(people.get(pairing.getFacilitator()));
    String link = linkBase() + "/program/session.xhtml?id=" + session.getId();
    boolean cancelled = session.getState() == SessionState.CANCELLED;
    String summary =
        format(texts, cancelled ? "calendar.cancelled" : "calendar.summary", mentor, mentee);
    String description = format(texts, "calendar.description", mentor, mentee, facilitator, link);
    List<SessionCalendar.Person> attendees = new ArrayList<>();
    SessionCalendar.Person organizer = null;
    if (invitation) {
      organizer =
          new SessionCalendar.Person(texts.getString("calendar.organizer"), mail.mailFrom());
      for (String subject :
          List.of(pairing.getMentor(), pairing.getMentee(), pairing.getFacilitator())) {
        Person person = people.get(subject);
        if (person != null && person.getUsername() != null) {
          attendees.add(new SessionCalendar.Person(person.getDisplayName(), addressOf(person)));
        }
      }
    }
    return new SessionCalendar.Event(
        SessionCalendar.uid(session.getId(), host()),
        session.getCalendarSequence(),
        cancelled,
        session.getStartsAt(),
        session.getStartsAt().plus(Duration.ofMinutes(Math.max(1, sessionMinutes))),
        summary,
        description,
        session.getPlace(),
        link,
        organizer,
        attendees);
  }

  /** The mailbox kept on the person's record, else their username at the mail domain. */
  String addressOf(Person person) {
    return person.getEmail() != null
        ? person.getEmail()
        : person.getUsername() + "@" + mail.mailDomain();
  }

  private String linkBase() {
    String base = mail.linkBase();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private static String nameOf(Person person) {
    return person == null ? "?" : person.getDisplayName();
  }

  private static String format(ResourceBundle texts, String key, Object... args) {
    return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
  }
}
