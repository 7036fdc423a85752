package com.srm.mentoring.escalation.control;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.ValuedProperty;
import com.srm.mentoring.escalation.entity.OutboxMail;
import com.srm.mentoring.identity.control.KeycloakDirectory;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "A concern needs you", by e-mail through the configured SMTP server; without one, nothing is sent
 * and the home-page notification is all. The e-mail is first written to the outbox, in the
 * transaction of the hand-over that causes it, and sent from there by {@code MailOutbox}: an SMTP
 * server that is down delays it, never loses it. The address is the mailbox the directory names for
 * the person: the one kept on their record, else looked up in the directory (and kept from then
 * on); only when the directory names none, or cannot be reached, is it their username at the
 * configured mail domain. The e-mail names no content, only a link: a mailbox is read by more
 * people and systems than the concern may be. It is written in the language of the person's
 * directory profile, kept on their record like the mailbox, and in English where it names none or
 * one the bundle {@value #BUNDLE} does not hold.
 *
 * <p>The outbox also carries sessions' calendar invitations, queued by the calendar feature with
 * their text already written; this sends them the same way, with the same retries.
 */
@Dependent
public class ConcernMail {

  private static final Logger LOG = Logger.getLogger(ConcernMail.class.getName());

  /** The e-mails' texts, in English and German. */
  public static final String BUNDLE = "com.srm.mentoring.i18n.mails";

  private static final String UTF_8 = "UTF-8";

  @Inject EscalationSettings settings;

  @PersistenceContext EntityManager em;

  @Inject KeycloakDirectory directory;

  /** Where, and in which language, a person reads the e-mail. */
  record Recipient(String address, Locale language) {}

  /**
   * The person's mailbox and language from their record. What the record lacks comes from the
   * directory, in one call, and stays on the record for the next e-mail. Without either:
   * username@mail-domain, in English.
   */
  Recipient recipientOf(Person person) {
    if (person.getEmail() == null || person.language().isEmpty()) {
      try {
        directory
            .contact(person.getSubject())
            .ifPresent(
                found -> {
                  if (person.getEmail() == null && found.email() != null) {
                    person.takeEmailFrom(found.email());
                  }
                  if (person.language().isEmpty() && found.language() != null) {
                    person.takeLanguageFrom(found.language());
                  }
                });
      } catch (Refusal e) {
        LOG.log(Level.WARNING, "No mailbox or language from the directory: {0}", e.getMessage());
      }
    }
    String address =
        person.getEmail() != null
            ? person.getEmail()
            : person.getUsername() + "@" + settings.mailDomain();
    return new Recipient(address, person.language().orElse(Locale.ENGLISH));
  }

  /** The e-mails' texts in {@code language}, falling back to English, never to the machine's. */
  static ResourceBundle texts(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        ConcernMail.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * Puts the notice for the contact into the outbox, in the caller's transaction; nothing when no
   * SMTP server is configured.
   */
  public void concernNeeds(String subject, UUID concernId) {
    if (settings.smtpHost().isEmpty()) {
      return;
    }
    em.persist(new OutboxMail(subject, concernId, Instant.now()));
  }

  /**
   * Sends one e-mail of the outbox to the SMTP server.
   *
   * @return false when there is nobody to send it to any more (a person without a username)
   * @throws MessagingException when the SMTP server does not take it
   */
  public boolean send(OutboxMail mail) throws MessagingException {
    Person person = em.find(Person.class, mail.getRecipient());
    if (person == null || person.getUsername() == null || settings.smtpHost().isEmpty()) {
      return false;
    }
    Recipient recipient = recipientOf(person);
    Properties properties = new Properties();
    properties.put("mail.smtp.host", settings.smtpHost().get());
    properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress(settings.mailFrom()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.address()));
    if (mail.getCalendar() != null) {
      invitation(message, mail.getCalendar());
    } else {
      ResourceBundle texts = texts(recipient.language());
      String link = settings.linkBase() + "/escalation/concern.xhtml?id=" + mail.getConcernId();
      message.setSubject(texts.getString("mail.concern.subject"), UTF_8);
      message.setText(
          new MessageFormat(texts.getString("mail.concern.body"), texts.getLocale())
              .format(new Object[] {link}),
          UTF_8);
    }
    Transport.send(message);
    return true;
  }

  /**
   * A calendar invitation as mail programs expect one: its summary as the subject, its description
   * as the text, and the iCalendar itself as the alternative part with its method, which the mail
   * program offers to put into the calendar. The texts were written in the recipient's language
   * when the invitation was queued.
   */
  static void invitation(MimeMessage message, String calendar) throws MessagingException {
    ICalendar parsed = Biweekly.parse(calendar).first();
    if (parsed == null || parsed.getEvents().isEmpty() || parsed.getMethod() == null) {
      throw new IllegalStateException("not a calendar invitation");
    }
    VEvent event = parsed.getEvents().get(0);
    message.setSubject(textOf(event.getSummary()), UTF_8);
    MimeBodyPart text = new MimeBodyPart();
    text.setText(textOf(event.getDescription()), UTF_8);
    MimeBodyPart ics = new MimeBodyPart();
    String type =
        "text/calendar; charset=UTF-8; method="
            + parsed.getMethod().getValue().toUpperCase(Locale.ROOT);
    ics.setDataHandler(
        new DataHandler(new ByteArrayDataSource(calendar.getBytes(StandardCharsets.UTF_8), type)));
    ics.setHeader("Content-Type", type);
    message.setContent(new MimeMultipart("alternative", text, ics));
  }

  private static String textOf(ValuedProperty<String> property) {
    return property == null || property.getValue() == null ? "" : property.getValue();
  }
}
