package com.srm.mentoring.pairing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pairing.entity.CohortState;
import com.srm.mentoring.testsupport.Deployments;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside Payara Micro: the boundary persists and reads through Hibernate and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class CohortsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @EJB Cohorts cohorts;

  @PersistenceContext EntityManager em;

  @Test
  void hibernateIsThePersistenceProvider() {
    assertInstanceOf(Session.class, em.getDelegate());
  }

  @Test
  void createdCohortCanBeReadBack() {
    LocalDate start = LocalDate.of(2027, 2, 1);
    Cohort created =
        cohorts.create("Finance pilot " + UUID.randomUUID(), start, start.plusMonths(3), 6);

    Cohort read = cohorts.find(created.getId()).orElseThrow();
    assertEquals(created.getName(), read.getName());
    assertEquals(CohortState.DRAFT, read.getState());
    assertEquals(6, read.getAnonymityThreshold());
    assertEquals(start.plusMonths(3), read.getEndsOn());
    assertTrue(cohorts.all().stream().anyMatch(c -> c.getId().equals(created.getId())));
  }

  @Test
  void unknownCohortIsEmptyNotAnError() {
    assertTrue(cohorts.find(UUID.randomUUID()).isEmpty());
  }

  @Test
  void refusedCohortLeavesNothingBehind() {
    String name = "Refused " + UUID.randomUUID();
    LocalDate start = LocalDate.of(2027, 2, 1);
    EJBException e =
        assertThrows(EJBException.class, () -> cohorts.create(name, start, start.plusDays(30), 2));
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertTrue(cohorts.all().stream().noneMatch(c -> c.getName().equals(name)));
  }
}
