package com.srm.mentoring.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.identity.entity.DirectoryEntry;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.testsupport.Deployments;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside Payara Micro: the boundary persists and reads through Hibernate and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class PeopleIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @EJB People people;

  @PersistenceContext EntityManager em;

  static DirectoryEntry entry(String username, int grade) {
    return new DirectoryEntry(
        username, "Test " + username, "Finance", grade, "fiona", true, Set.of("employee"), null);
  }

  @Test
  void hibernateIsThePersistenceProvider() {
    assertInstanceOf(Session.class, em.getDelegate());
  }

  @Test
  void firstSignInCreatesTheRecordAndTheNextRefreshesIt() {
    String subject = UUID.randomUUID().toString();
    String username = "p" + subject.substring(0, 8);
    people.signedIn(subject, entry(username, 4));
    people.signedIn(subject, entry(username, 5));

    Person read = people.find(subject).orElseThrow();
    assertEquals(username, read.getUsername());
    assertEquals(5, read.getGrade());
    assertEquals(List.of("employee"), read.getRoles());
    assertTrue(read.isActive());
    assertEquals(subject, people.findByUsername(username).orElseThrow().getSubject());
  }

  @Test
  void unknownPersonIsEmptyNotAnError() {
    assertTrue(people.find(UUID.randomUUID().toString()).isEmpty());
  }

  @Test
  void anAccountCreatedAgainTakesOverTheUsername() {
    String username = "r" + UUID.randomUUID().toString().substring(0, 8);
    String oldSubject = UUID.randomUUID().toString();
    String newSubject = UUID.randomUUID().toString();
    people.signedIn(oldSubject, entry(username, 3));
    people.signedIn(newSubject, entry(username, 3));

    assertEquals(newSubject, people.findByUsername(username).orElseThrow().getSubject());
    Person old = people.find(oldSubject).orElseThrow();
    assertFalse(old.isActive());
    assertEquals("~" + oldSubject, old.getUsername());
  }
}
