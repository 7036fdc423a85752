package com.srm.mentoring.session.control;

import com.srm.mentoring.identity.entity.PersonDeactivated;
import com.srm.mentoring.session.entity.CalendarFeed;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Takes a person out of the calendars when the directory no longer lets them in or their data is
 * erased, in the transaction that records it. Their feed is deleted: the address answers 404 from
 * then on, and a person let in again makes a new one. The invitations still waiting in the outbox
 * (the SMTP server down) for the sessions of the pairings that name them are dropped, to whoever
 * they go: each names them, and an erasure leaves their name nowhere but in the kept records.
 */
@Dependent
public class SessionCalendarEndings {

  static final String WAITING_INVITATIONS =
      "DELETE FROM OutboxMail m WHERE m.sessionId IN (SELECT s.id FROM Session s WHERE s.pairingId"
          + " IN (SELECT p.id FROM Pairing p WHERE p.mentor = :subject OR p.mentee = :subject"
          + " OR p.facilitator = :subject))";

  @PersistenceContext EntityManager em;

  public void deactivated(@Observes PersonDeactivated deactivation) {
    CalendarFeed feed = em.find(CalendarFeed.class, deactivation.subject());
    if (feed != null) {
      em.remove(feed);
    }
    em.createQuery(WAITING_INVITATIONS)
        .setParameter("subject", deactivation.subject())
        .executeUpdate();
  }
}
