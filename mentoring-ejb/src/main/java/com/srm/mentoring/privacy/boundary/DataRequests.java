package com.srm.mentoring.privacy.boundary;

import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.privacy.control.PersonalDataEraser;
import com.srm.mentoring.privacy.control.PersonalDataReader;
import com.srm.mentoring.privacy.entity.ErasureReport;
import com.srm.mentoring.privacy.entity.PersonalData;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * A person's data on request (GDPR Art. 15 and 17, docs/privacy.md, data requests). Everyone signed
 * in exports their own data, and only their own: the person is the caller, never a name from the
 * request. HR erases a person's data on their request; to anyone else, and for a person the
 * application does not know, the erasure looks like a missing record, and the refusal is logged.
 */
@Stateless
public class DataRequests {

  public static final String RECORD_TYPE = "personal-data";

  @Inject PersonRecords people;

  @Inject PersonalDataReader reader;

  @Inject PersonalDataEraser eraser;

  @Inject ProgramClock clock;

  @Inject Event<AccessDenied> denials;

  @Resource SessionContext session;

  /**
   * Everything held about the caller, in one answer. Open to every signed-in caller, with or
   * without a role: the right of access does not depend on taking part in the program.
   */
  @PermitAll
  @Audited(action = Action.EXPORT, recordType = RECORD_TYPE)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public PersonalData mine() {
    String username = session.getCallerPrincipal().getName();
    Person me = people.findByUsername(username).orElseThrow(() -> refused(Action.EXPORT, username));
    return reader.of(me, clock.now());
  }

  /**
   * HR erases the person's data: what they wrote and the profile the product copied, except what a
   * legal hold or the signature evidence keeps, and the access log. The answer says what was kept
   * and why. HR does not erase their own data: another HR person does.
   *
   * @throws Refusal looking like a missing record when the caller is not HR or the person unknown
   */
  @PermitAll
  @Audited(action = Action.DELETE, recordType = RECORD_TYPE)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public ErasureReport erase(@RecordId String username) {
    String caller = session.getCallerPrincipal().getName();
    boolean hr = people.findByUsername(caller).filter(p -> p.holds(Roles.HR_ADMIN)).isPresent();
    if (!hr) {
      throw refused(Action.DELETE, username);
    }
    Person person =
        people
            .findByUsername(username == null ? "" : username.strip())
            .orElseThrow(() -> refused(Action.DELETE, username));
    if (person.getUsername().equals(caller)) {
      throw Refusal.rule("username", "refusal.erasure.own");
    }
    return eraser.erase(person, clock.now());
  }

  private Refusal refused(Action action, String username) {
    denials.fire(AccessDenied.of(action, RECORD_TYPE, username));
    return Refusal.notFound(Person.RECORD_TYPE, username);
  }
}
