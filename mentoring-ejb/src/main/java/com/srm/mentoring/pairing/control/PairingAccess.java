package com.srm.mentoring.pairing.control;

import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens a pairing to the people who may read it (docs/rules.md, visibility): its mentor, mentee and
 * facilitator, and HR; the facilitator and HR only while they hold their role. The check is part of
 * the query, so a pairing is never loaded for someone else. Anyone else is told it does not exist,
 * and the refusal is logged; the sessions and notes of a pairing go through here too.
 */
@Dependent
public class PairingAccess {

  @PersistenceContext EntityManager em;

  @Inject Event<AccessDenied> denials;

  @Inject PairingFacts facts;

  @Inject PersonRecords people;

  /** The caller's own record; a caller unknown to the application has no part in the program. */
  public Person caller(String username) {
    return people.ofCaller(username);
  }

  public Optional<Person> person(String username) {
    return username == null ? Optional.empty() : facts.byUsername(username.strip());
  }

  public static boolean isHr(Person person) {
    return person.holds(Roles.HR_ADMIN);
  }

  /** Whether the person's facilitator role reaches: named on a pairing opens it only while held. */
  public static boolean facilitates(Person person) {
    return person.holds(Roles.FACILITATOR);
  }

  /**
   * The pairing, if the caller may read it.
   *
   * @param recordType what the caller asked for (a pairing, or one of its sessions), for the log
   * @param recordId the id of what the caller asked for
   * @throws Refusal when it does not exist or the caller may not read it
   */
  public Pairing readable(
      UUID pairingId, Person caller, Action action, String recordType, Object recordId) {
    return em.createNamedQuery(Pairing.READABLE, Pairing.class)
        .setParameter("id", pairingId)
        .setParameter("hr", isHr(caller))
        .setParameter("facilitating", facilitates(caller))
        .setParameter("me", caller.getSubject())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> refuse(action, recordType, recordId));
  }

  /** Logs the refusal and answers the exception that says "not found". */
  public Refusal refuse(Action action, String recordType, Object recordId) {
    denials.fire(
        AccessDenied.of(action, recordType, recordId == null ? null : recordId.toString()));
    return Refusal.notFound(recordType, recordId);
  }
}
