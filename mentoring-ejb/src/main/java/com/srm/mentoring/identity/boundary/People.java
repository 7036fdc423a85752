package com.srm.mentoring.identity.boundary;

import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.entity.DirectoryEntry;
import com.srm.mentoring.identity.entity.Person;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The signed-in caller's own person record, created or refreshed whenever they sign in or call the
 * API. The web layer calls it before any role is known, for people who hold none as well: hence
 * {@code @PermitAll}. Refreshing refuses an entry about anyone but the caller; reading is given the
 * caller's own subject by the web layer.
 */
@Stateless
public class People {

  @Inject PersonRecords records;

  @Resource SessionContext session;

  /**
   * Creates the person on first sign-in, refreshes them afterwards; answers the stored record. Open
   * to every signed-in caller, since everybody's record follows their token; an entry about anyone
   * but the caller is refused.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Person signedIn(String subject, DirectoryEntry entry) {
    if (!session.getCallerPrincipal().getName().equals(entry.username())) {
      throw new EJBAccessException("a caller refreshes only their own record");
    }
    return records.signedIn(subject, entry);
  }

  /**
   * The record of the signed-in caller, by the subject of their verified token or of their session,
   * never by a subject from request input. Open to every signed-in caller: someone without any role
   * still reads their own record, and the pages check on every request that it is active.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Person> find(String subject) {
    return records.find(subject);
  }

  /**
   * The record of the caller, by the name they are signed in with. Open to every signed-in caller.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Person> caller() {
    return records.findByUsername(session.getCallerPrincipal().getName());
  }
}
