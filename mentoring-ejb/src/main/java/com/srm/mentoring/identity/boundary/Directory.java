package com.srm.mentoring.identity.boundary;

import com.srm.mentoring.identity.control.DirectorySync;
import com.srm.mentoring.identity.control.KeycloakDirectory;
import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.PeopleQuery;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.identity.entity.SyncReport;
import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.control.RecordId;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;

/**
 * The corporate directory as HR uses it from the product: the people the application knows, a sync
 * on demand, and appointing or removing facilitators, escalation contacts and auditors. Roles are
 * written to the directory first, so that the SSO stays the single source of roles, and then to the
 * application's record, so that a removal counts from the person's next request. Every call is
 * logged, a refused one with what was attempted.
 */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
@Interceptors(RoleCheck.class)
public class Directory {

  @Inject DirectorySync sync;

  @Inject KeycloakDirectory directory;

  @Inject PersonRecords people;

  @Resource SessionContext session;

  @Inject Event<AccessDenied> denials;

  @Audited(action = Action.READ, recordType = Person.RECORD_TYPE)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Person> people() {
    return people.all();
  }

  /** One page of the people the query finds; HR's table reads only what it shows. */
  @Audited(action = Action.READ, recordType = Person.RECORD_TYPE)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Person> people(PeopleQuery query, int first, int max) {
    return people.page(query, first, max);
  }

  /** How many people the query finds, for the paginator. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long countPeople(PeopleQuery query) {
    return people.count(query);
  }

  @Audited(action = Action.SYNC, recordType = "directory")
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public SyncReport sync() {
    return sync.run();
  }

  /**
   * Appoints the person to the role, unless that would have them hold two of the roles kept apart
   * ({@link Roles#SEPARATED}).
   *
   * @throws Refusal naming the field, for oneself, an unknown person or role, or a conflict of
   *     duties
   */
  @Audited(action = Action.APPOINT, recordType = Person.RECORD_TYPE)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Person appoint(@RecordId String username, String role) {
    Person person = appointable(username, role, Action.APPOINT);
    person
        .separatedRoleOtherThan(role)
        .ifPresent(
            held -> {
              denials.fire(AccessDenied.of(Action.APPOINT, Person.RECORD_TYPE, username));
              throw Refusal.invalid("role", "refusal.role.separated", username, held);
            });
    directory.join(username, role);
    person.grantRole(role);
    return person;
  }

  @Audited(action = Action.REVOKE, recordType = Person.RECORD_TYPE)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Person remove(@RecordId String username, String role) {
    Person person = appointable(username, role, Action.REVOKE);
    directory.leave(username, role);
    person.revokeRole(role);
    return person;
  }

  /**
   * The person whose role HR changes: never HR's own record, since nobody grants or removes their
   * own roles.
   */
  private Person appointable(String username, String role, Action action) {
    if (!Roles.APPOINTED_BY_HR.contains(role)) {
      throw Refusal.invalid("role", "refusal.role.unknown", String.valueOf(Roles.APPOINTED_BY_HR));
    }
    Person person =
        people
            .findByUsername(username)
            .orElseThrow(() -> Refusal.invalid("username", "refusal.username.unknown", username));
    if (person.getUsername().equals(session.getCallerPrincipal().getName())) {
      denials.fire(AccessDenied.of(action, Person.RECORD_TYPE, username));
      throw Refusal.invalid("username", "refusal.role.own");
    }
    return person;
  }
}
