package com.srm.mentoring.session.control;

import com.srm.mentoring.escalation.control.EscalationSettings;
import com.srm.mentoring.escalation.entity.OutboxMail;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.session.entity.Session;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a session's calendar invitation into the outbox, one e-mail for each of the mentor, the
 * mentee and the facilitator, in the transaction that planned, moved or cancelled the session: the
 * invitation goes out if and only if the change happened, and an SMTP server that is down delays
 * it, never loses it. Each is written in its recipient's language. A facilitator who no longer
 * holds the role no longer reads the pairing and gets none; nor does a person the directory
 * disabled. Without an SMTP server (mail switched off) nothing is queued.
 */
@Dependent
public class SessionInvitations {

  @PersistenceContext EntityManager em;

  @Inject EscalationSettings settings;

  @Inject SessionEvents events;

  @Inject ProgramClock clock;

  /** Queues the session as it stands now: an invitation, or a cancellation once cancelled. */
  public void queue(Session session, Pairing pairing) {
    if (settings.smtpHost().isEmpty()) {
      return;
    }
    Map<String, Person> people = new HashMap<>();
    for (String subject :
        List.of(pairing.getMentor(), pairing.getMentee(), pairing.getFacilitator())) {
      Person person = em.find(Person.class, subject);
      if (person != null) {
        people.put(subject, person);
      }
    }
    Instant now = clock.now();
    for (Person recipient : people.values()) {
      boolean reads = pairing.isParty(recipient.getSubject()) || recipient.holds(Roles.FACILITATOR);
      if (!reads || !recipient.isActive() || recipient.isErased()) {
        continue;
      }
      SessionCalendar.Event event =
          events.of(session, pairing, people, SessionEvents.languageOf(recipient), true);
      em.persist(
          OutboxMail.invitation(
              recipient.getSubject(),
              session.getId(),
              SessionCalendar.invitation(event, now),
              Instant.now()));
    }
  }
}
