package com.srm.mentoring.escalation.control;

import com.srm.mentoring.escalation.entity.OutboxMail;
import com.srm.mentoring.identity.control.KeycloakDirectory;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
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
 * people and systems than the concern may be.
 */
@Dependent
public class ConcernMail {

  private static final Logger LOG = Logger.getLogger(ConcernMail.class.getName());

  @Inject EscalationSettings settings;

  @PersistenceContext EntityManager em;

  @Inject KeycloakDirectory directory;

  /** The person's mailbox as the directory names it, else username@mail-domain. */
  String addressOf(Person person) {
    if (person.getEmail() != null) {
      return person.getEmail();
    }
    try {
      Optional<String> named = directory.email(person.getSubject());
      if (named.isPresent()) {
        person.takeEmailFrom(named.get());
        return named.get();
      }
    } catch (Refusal e) {
      LOG.log(Level.WARNING, "No mailbox from the directory: {0}", e.getMessage());
    }
    return person.getUsername() + "@" + settings.mailDomain();
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
    String to = addressOf(person);
    Properties properties = new Properties();
    properties.put("mail.smtp.host", settings.smtpHost().get());
    properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress(settings.mailFrom()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject("A concern needs you");
    message.setText(
        "A concern in the reverse mentoring program needs you.\n\n"
            + settings.linkBase()
            + "/escalation/concern.xhtml?id="
            + mail.getConcernId()
            + "\n");
    Transport.send(message);
    return true;
  }
}
