package com.srm.mentoring.session.boundary;

import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.session.entity.FeedbackNote;
import com.srm.mentoring.session.entity.Framework;
import com.srm.mentoring.session.entity.NoteDetail;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feedback notes (SBI, DESC) between the two parties of a pairing. A note is read by its author,
 * and by the other party only while the author shares it; nobody else reads it, HR and the
 * facilitator included. Anyone else is told it does not exist, and the refusal is logged.
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
public class Notes {

  public static final String NOTE = "feedback-note";

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject ProgramClock clock;

  @Inject PairingAccess access;

  @Inject PersonRecords people;

  /** A party writes a note, private to them until they share it. */
  @Audited(action = Action.CREATE, recordType = NOTE)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public NoteDetail write(
      @RecordId UUID pairingId, Framework framework, Map<String, String> parts) {
    Person me = me();
    Pairing pairing = access.readable(pairingId, me, Action.CREATE, NOTE, pairingId);
    if (!pairing.isParty(me.getSubject())) {
      throw refusedChange(pairingId, "the mentor and the mentee write feedback notes");
    }
    FeedbackNote note =
        new FeedbackNote(pairing.getId(), me.getSubject(), framework, parts, clock.now());
    em.persist(note);
    return detail(note, me);
  }

  /** The note, for its author, and for the other party while it is shared. */
  @Audited(action = Action.READ, recordType = NOTE)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public NoteDetail find(@RecordId UUID id) {
    Person me = me();
    return details(List.of(readable(id, me, Action.READ)), me).get(0);
  }

  /** The notes of a pairing the caller may read: their own, and those shared with them. */
  @Audited(action = Action.READ, recordType = NOTE)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<NoteDetail> ofPairing(UUID pairingId) {
    Person me = me();
    Pairing pairing = access.readable(pairingId, me, Action.READ, NOTE, pairingId);
    return details(
        em.createNamedQuery(FeedbackNote.READABLE_OF_PAIRING, FeedbackNote.class)
            .setParameter("pairing", pairing.getId())
            .setParameter("me", me.getSubject())
            .setParameter("party", pairing.isParty(me.getSubject()))
            .getResultList(),
        me);
  }

  /** The author shares the note with the other party. */
  @Audited(action = Action.UPDATE, recordType = NOTE)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public NoteDetail share(@RecordId UUID id) {
    Person me = me();
    FeedbackNote note = authored(id, me);
    note.share(me.getSubject(), clock.now());
    return detail(note, me);
  }

  /** The author takes the sharing back; the other party no longer sees the note. */
  @Audited(action = Action.UPDATE, recordType = NOTE)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public NoteDetail unshare(@RecordId UUID id) {
    Person me = me();
    FeedbackNote note = authored(id, me);
    note.unshare(me.getSubject());
    return detail(note, me);
  }

  /** One note as the caller sees it; a changed one with the version the change gave it. */
  private NoteDetail detail(FeedbackNote note, Person me) {
    em.flush();
    return details(List.of(note), me).get(0);
  }

  /** The notes as the caller reads them, their authors named in one query. */
  private List<NoteDetail> details(List<FeedbackNote> found, Person me) {
    var names = people.names(found.stream().map(FeedbackNote::getAuthor).toList());
    return found.stream().map(n -> NoteDetail.of(n, me.getSubject(), names)).toList();
  }

  private FeedbackNote authored(UUID id, Person me) {
    FeedbackNote note = readable(id, me, Action.UPDATE);
    if (!note.getAuthor().equals(me.getSubject())) {
      throw refusedChange(id, "only its author shares a note");
    }
    return note;
  }

  private FeedbackNote readable(UUID id, Person me, Action action) {
    FeedbackNote note = id == null ? null : em.find(FeedbackNote.class, id);
    if (note == null) {
      throw access.refuse(action, NOTE, id);
    }
    Pairing pairing = em.find(Pairing.class, note.getPairingId());
    boolean otherParty =
        pairing.isParty(me.getSubject()) && !note.getAuthor().equals(me.getSubject());
    if (!note.mayBeReadBy(me.getSubject(), otherParty)) {
      throw access.refuse(action, NOTE, id);
    }
    return note;
  }

  private EJBAccessException refusedChange(UUID id, String why) {
    access.refuse(Action.UPDATE, NOTE, id);
    return new EJBAccessException(why);
  }

  private Person me() {
    return access.caller(context.getCallerPrincipal().getName());
  }
}
