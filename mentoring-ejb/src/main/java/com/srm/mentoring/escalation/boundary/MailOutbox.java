package com.srm.mentoring.escalation.boundary;

import com.srm.mentoring.escalation.control.ConcernMail;
import com.srm.mentoring.escalation.control.EscalationSettings;
import com.srm.mentoring.escalation.entity.OutboxMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mails waiting in the outbox. Every node does this; each round claims the due rows
 * with {@code FOR UPDATE SKIP LOCKED}, so that each e-mail is sent by one node, and deletes a row
 * in the transaction that sent it. When the SMTP server refuses one, the rest of the batch is put
 * off too without being tried: the server is most likely down for all of them.
 */
@Stateless
@PermitAll
public class MailOutbox {

  private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

  /** E-mails one round claims; at five seconds' SMTP time-out each, a round stays short. */
  static final int BATCH = 20;

  @PersistenceContext EntityManager em;

  @Inject EscalationSettings settings;

  @Inject ConcernMail mail;

  /** Sends the due e-mails; answers how many the SMTP server took. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @SuppressWarnings("unchecked")
  public int sendDue() {
    Instant now = Instant.now();
    List<UUID> due =
        em.createNativeQuery(
                "SELECT id FROM mail_outbox WHERE next_try_at <= ?1 ORDER BY next_try_at LIMIT "
                    + BATCH
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .getResultList();
    int sent = 0;
    String failure = null;
    for (UUID id : due) {
      OutboxMail waiting = em.find(OutboxMail.class, id);
      if (failure != null) {
        waiting.failed(failure, now, settings.mailRetryFirst(), settings.mailRetryLongest());
        continue;
      }
      try {
        if (mail.send(waiting)) {
          sent++;
        }
        em.remove(waiting);
      } catch (MessagingException e) {
        failure = e.toString();
        waiting.failed(failure, now, settings.mailRetryFirst(), settings.mailRetryLongest());
        LOG.log(
            Level.WARNING,
            "The SMTP server did not take the e-mail "
                + (waiting.getConcernId() == null
                    ? "with a calendar invitation " + waiting.getId()
                    : "about concern " + waiting.getConcernId())
                + " (attempt "
                + waiting.getAttempts()
                + ", next at "
                + waiting.getNextTryAt()
                + "); it stays in the outbox",
            e);
      }
    }
    return sent;
  }

  /** How many e-mails wait in the outbox. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long waiting() {
    return ((Number) em.createNativeQuery("SELECT count(*) FROM mail_outbox").getSingleResult())
        .longValue();
  }
}
