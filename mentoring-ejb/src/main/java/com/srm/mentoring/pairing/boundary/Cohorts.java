package com.srm.mentoring.pairing.boundary;

import com.srm.mentoring.charter.control.CharterSigned;
import com.srm.mentoring.identity.control.RoleCheck;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.CohortState;
import com.srm.mentoring.platform.control.Audited;
import com.srm.mentoring.platform.entity.Action;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The program runs HR sets up; facilitators see them too. Working on them is program activity: it
 * waits for a signature under the charter in force.
 */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.FACILITATOR})
@Interceptors(RoleCheck.class)
@CharterSigned
public class Cohorts {

  @PersistenceContext EntityManager em;

  @RolesAllowed(Roles.HR_ADMIN)
  @Audited(action = Action.CREATE, recordType = "cohort")
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Cohort create(String name, LocalDate startsOn, LocalDate endsOn, int anonymityThreshold) {
    Cohort cohort = new Cohort(name, startsOn, endsOn);
    cohort.changeAnonymityThreshold(anonymityThreshold);
    em.persist(cohort);
    return cohort;
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Cohort> find(UUID id) {
    return Optional.ofNullable(em.find(Cohort.class, id));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Cohort> all() {
    return em.createNamedQuery(Cohort.ALL, Cohort.class).getResultList();
  }

  /** How many cohorts run: the public landing page says so, it names none of them. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long countActive() {
    return em.createNamedQuery(Cohort.COUNT_IN_STATE, Long.class)
        .setParameter("state", CohortState.ACTIVE)
        .getSingleResult();
  }
}
