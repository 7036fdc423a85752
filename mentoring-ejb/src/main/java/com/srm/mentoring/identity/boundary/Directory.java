package com.srm.mentoring.identity.boundary;

import com.srm.mentoring.identity.control.DirectorySync;
import com.srm.mentoring.identity.control.KeycloakDirectory;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.identity.entity.SyncReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The corporate directory as HR uses it from the product: the people the application knows, a sync
 * on demand, and appointing or removing facilitators, escalation contacts and auditors. Roles are
 * written to the directory first, so that the SSO stays the single source of roles, and then to the
 * application's record, so that a removal counts from the person's next request.
 */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
@Interceptors(RoleCheck.class)
public class Directory {

  @Inject DirectorySync sync;

  @Inject KeycloakDirectory directory;

  @Inject People people;

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Person> people() {
    return em.createNamedQuery(Person.ALL, Person.class).getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public SyncReport sync() {
    return sync.run();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Person appoint(String username, String role) {
    Person person = appointable(username, role);
    directory.join(username, role);
    person.grantRole(role);
    return person;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Person remove(String username, String role) {
    Person person = appointable(username, role);
    directory.leave(username, role);
    person.revokeRole(role);
    return person;
  }

  private Person appointable(String username, String role) {
    if (!Roles.APPOINTED_BY_HR.contains(role)) {
      throw new IllegalArgumentException("role must be one of " + Roles.APPOINTED_BY_HR);
    }
    return people
        .findByUsername(username)
        .orElseThrow(() -> new IllegalArgumentException("username " + username + " is unknown"));
  }
}
