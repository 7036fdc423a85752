package com.srm.mentoring.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.entity.DirectoryEntry;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.testsupport.Deployments;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.hibernate.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the shared Payara Micro: person records persist and read through Hibernate and
 * PostgreSQL, and the boundary lets a caller refresh no one's record but their own.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainer();
  }

  @EJB People people;

  @Inject PersonRecords records;

  @Inject UserTransaction transaction;

  @PersistenceContext EntityManager em;

  static DirectoryEntry entry(String username, int grade) {
    return new DirectoryEntry(
        username,
        "Test " + username,
        "Finance",
        grade,
        "fiona",
        true,
        Set.of("employee"),
        null,
        null,
        null);
  }

  <T> T inTransaction(Callable<T> work) throws Exception {
    transaction.begin();
    try {
      T result = work.call();
      transaction.commit();
      return result;
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
  }

  @Test
  void hibernateIsThePersistenceProvider() {
    assertInstanceOf(Session.class, em.getDelegate());
  }

  @Test
  void firstSignInCreatesTheRecordAndTheNextRefreshesIt() throws Exception {
    String subject = UUID.randomUUID().toString();
    String username = "p" + subject.substring(0, 8);
    inTransaction(() -> records.signedIn(subject, entry(username, 4)));
    inTransaction(() -> records.signedIn(subject, entry(username, 5)));

    Person read = people.find(subject).orElseThrow();
    assertEquals(username, read.getUsername());
    assertEquals(5, read.getGrade());
    assertEquals(List.of("employee"), read.getRoles());
    assertTrue(read.isActive());
    assertEquals(subject, records.findByUsername(username).orElseThrow().getSubject());
  }

  @Test
  void unknownPersonIsEmptyNotAnError() {
    assertTrue(people.find(UUID.randomUUID().toString()).isEmpty());
  }

  @Test
  void anAccountCreatedAgainTakesOverTheUsername() throws Exception {
    String username = "r" + UUID.randomUUID().toString().substring(0, 8);
    String oldSubject = UUID.randomUUID().toString();
    String newSubject = UUID.randomUUID().toString();
    inTransaction(() -> records.signedIn(oldSubject, entry(username, 3)));
    inTransaction(() -> records.signedIn(newSubject, entry(username, 3)));

    assertEquals(newSubject, records.findByUsername(username).orElseThrow().getSubject());
    Person old = people.find(oldSubject).orElseThrow();
    assertFalse(old.isActive());
    assertEquals("~" + oldSubject, old.getUsername());
  }

  @Test
  void noCallerRefreshesSomeoneElsesRecord() {
    String subject = UUID.randomUUID().toString();
    String username = "x" + subject.substring(0, 8);
    assertThrows(EJBAccessException.class, () -> people.signedIn(subject, entry(username, 4)));
    assertTrue(people.find(subject).isEmpty(), "nothing was written");
  }
}
