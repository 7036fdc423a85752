package com.srm.mentoring.escalation.control;

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
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "A concern needs you", by e-mail through the configured SMTP server; without one, nothing is sent
 * and the home-page notification is all. The address is the mailbox the directory names for the
 * person: the one kept on their record, else looked up in the directory (and kept from then on);
 * only when the directory names none, or cannot be reached, is it their username at the configured
 * mail domain. The e-mail names no content, only a link: a mailbox is read by more people and
 * systems than the concern may be.
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

  /** Sends the notice to the contact's directory address; a failure is logged, never thrown. */
  public void concernNeeds(String subject, UUID concernId) {
    if (settings.smtpHost().isEmpty()) {
      return;
    }
    Person person = em.find(Person.class, subject);
    if (person == null || person.getUsername() == null) {
      return;
    }
    String to = addressOf(person);
    Properties properties = new Properties();
    properties.put("mail.smtp.host", settings.smtpHost().get());
    properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(properties));
      message.setFrom(new InternetAddress(settings.mailFrom()));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject("A concern needs you");
      message.setText(
          "A concern in the reverse mentoring program needs you.\n\n"
              + settings.linkBase()
              + "/escalation/concern.xhtml?id="
              + concernId
              + "\n");
      Transport.send(message);
    } catch (MessagingException e) {
      LOG.log(
          Level.WARNING,
          "Could not send the notice of concern {0}: {1}",
          new Object[] {concernId, e.toString()});
    }
  }
}
