package com.srm.mentoring.session.boundary;

import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.charter.control.CharterStanding;
import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.session.control.SessionInvitations;
import com.srm.mentoring.session.entity.Session;
import com.srm.mentoring.session.entity.SessionDetail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The sessions of a pairing: the pair and their facilitator plan them and mark them held or
 * cancelled; the two parties add to the agenda until a session starts. They are read by whoever may
 * read the pairing (docs/rules.md, visibility); anyone else is told a session does not exist, and
 * it is logged. The first session held locks the senior's objective. Planning, moving and
 * cancelling a session sends the pair and the facilitator a calendar invitation (or cancellation)
 * through the outbox.
 */
@Stateless
@RolesAllowed({
  Roles.EMPLOYEE,
  Roles.FACILITATOR,
  Roles.HR_ADMIN,
  Roles.ESCALATION_CONTACT,
  Roles.AUDITOR
})
@Interceptors(RoleCheck.class)
@CharterSigned
public class Sessions {

  public static final String SESSION = "session";

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject ProgramClock clock;

  @Inject PairingAccess access;

  @Inject PersonRecords people;

  @Inject CharterStanding standing;

  @Inject SessionInvitations invitations;

  /**
   * Plans a session of an active pairing, at a time to come; a paused pairing waits for HR to
   * resume it.
   */
  @Audited(action = Action.CREATE, recordType = SESSION)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public SessionDetail plan(@RecordId UUID pairingId, Instant startsAt, String place) {
    Person me = me();
    Pairing pairing = access.readable(pairingId, me, Action.CREATE, SESSION, pairingId);
    requireInvolved(pairing, me, pairingId, "the pair and their facilitator plan sessions");
    pairing.requireSessionsAllowed();
    Session session = new Session(pairing.getId(), startsAt, place, clock.now());
    em.persist(session);
    invitations.queue(session, pairing);
    return detail(session, pairing, me);
  }

  /**
   * Moves a planned session to another time to come; the pair and the facilitator get the changed
   * invitation.
   */
  @Audited(action = Action.UPDATE, recordType = SESSION)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public SessionDetail move(@RecordId UUID id, Instant startsAt) {
    Person me = me();
    Session session = readable(id, me, Action.UPDATE);
    Pairing pairing = em.find(Pairing.class, session.getPairingId());
    requireInvolved(pairing, me, id, "the pair and their facilitator move sessions");
    pairing.requireSessionsAllowed();
    session.move(startsAt, clock.now());
    invitations.queue(session, pairing);
    return detail(session, pairing, me);
  }

  /** The session with its pairing; its facilitator also gets the opening script. */
  @Audited(action = Action.READ, recordType = SESSION)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public SessionDetail find(@RecordId UUID id) {
    Person me = me();
    Session session = readable(id, me, Action.READ);
    Pairing pairing = em.find(Pairing.class, session.getPairingId());
    String script =
        pairing.getFacilitator().equals(me.getSubject())
            ? standing.current().getOpeningScript()
            : null;
    return details(List.of(session), pairing, me, script).get(0);
  }

  /** The sessions of a pairing the caller may read, in time order. */
  @Audited(action = Action.READ, recordType = SESSION)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<SessionDetail> ofPairing(UUID pairingId) {
    Person me = me();
    Pairing pairing = access.readable(pairingId, me, Action.READ, SESSION, pairingId);
    return details(
        em.createNamedQuery(Session.OF_PAIRING, Session.class)
            .setParameter("pairing", pairing.getId())
            .getResultList(),
        pairing,
        me,
        null);
  }

  /** A party adds a point to the agenda, until the session starts. */
  @Audited(action = Action.UPDATE, recordType = SESSION)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public SessionDetail addToAgenda(@RecordId UUID id, String text) {
    Person me = me();
    Session session = readable(id, me, Action.UPDATE);
    Pairing pairing = em.find(Pairing.class, session.getPairingId());
    if (!pairing.isParty(me.getSubject())) {
      throw refusedChange(id, "the mentor and the mentee write the agenda");
    }
    session.addToAgenda(me.getSubject(), text, clock.now());
    return detail(session, pairing, me);
  }

  /**
   * Marks the session held, with the usernames of who attended; the first one held locks the
   * senior's objective, and is refused while there is none (docs/rules.md, sessions).
   */
  @Audited(action = Action.UPDATE, recordType = SESSION)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public SessionDetail markHeld(@RecordId UUID id, List<String> attended) {
    Person me = me();
    Session session = readable(id, me, Action.UPDATE);
    Pairing pairing = em.find(Pairing.class, session.getPairingId());
    requireInvolved(pairing, me, id, "the pair and their facilitator mark sessions held");
    Set<String> subjects = new LinkedHashSet<>();
    for (String username : attended == null ? List.<String>of() : attended) {
      String subject =
          access
              .person(username)
              .map(Person::getSubject)
              .filter(pairing::involves)
              .orElseThrow(() -> Refusal.invalid("attended", "refusal.session.notParty", username));
      subjects.add(subject);
    }
    Instant now = clock.now();
    pairing.lockObjective(now);
    session.markHeld(subjects, now);
    return detail(session, pairing, me);
  }

  @Audited(action = Action.UPDATE, recordType = SESSION)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public SessionDetail cancel(@RecordId UUID id) {
    Person me = me();
    Session session = readable(id, me, Action.UPDATE);
    Pairing pairing = em.find(Pairing.class, session.getPairingId());
    requireInvolved(pairing, me, id, "the pair and their facilitator cancel sessions");
    session.cancel(clock.now());
    invitations.queue(session, pairing);
    return detail(session, pairing, me);
  }

  /** The changed session as the caller sees it, with the version the change gave it. */
  private SessionDetail detail(Session session, Pairing pairing, Person me) {
    em.flush();
    return details(List.of(session), pairing, me, null).get(0);
  }

  /** The sessions of one pairing as the caller reads them, everyone named in one query. */
  private List<SessionDetail> details(
      List<Session> found, Pairing pairing, Person me, String openingScript) {
    Map<String, PersonName> names =
        people.names(
            found.stream().flatMap(s -> SessionDetail.subjects(s, pairing).stream()).toList());
    Instant now = clock.now();
    return found.stream()
        .map(s -> SessionDetail.of(s, pairing, me.getSubject(), names, openingScript, now))
        .toList();
  }

  private Session readable(UUID id, Person me, Action action) {
    Session session = id == null ? null : em.find(Session.class, id);
    if (session == null) {
      throw access.refuse(action, SESSION, id);
    }
    access.readable(session.getPairingId(), me, action, SESSION, id);
    return session;
  }

  private void requireInvolved(Pairing pairing, Person me, UUID id, String why) {
    if (!pairing.involves(me.getSubject())) {
      throw refusedChange(id, why);
    }
  }

  private EJBAccessException refusedChange(UUID id, String why) {
    access.refuse(Action.UPDATE, SESSION, id);
    return new EJBAccessException(why);
  }

  private Person me() {
    return access.caller(context.getCallerPrincipal().getName());
  }
}
