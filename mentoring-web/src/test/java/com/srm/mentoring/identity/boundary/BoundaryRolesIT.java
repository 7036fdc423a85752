package com.srm.mentoring.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.audit.boundary.Audits;
import com.srm.mentoring.audit.entity.LogFilter;
import com.srm.mentoring.charter.boundary.Charters;
import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.entity.DirectoryEntry;
import com.srm.mentoring.pairing.boundary.Cohorts;
import com.srm.mentoring.testsupport.CallerName;
import com.srm.mentoring.testsupport.Deployments;
import com.srm.mentoring.testsupport.InContainerCaller;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the shared Payara Micro: the boundaries themselves, not only the REST resources in
 * front of them, refuse a caller without the role a method names, and give a person their own
 * record and nobody else's.
 */
@ExtendWith(ArquillianExtension.class)
class BoundaryRolesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainer();
  }

  @EJB Cohorts cohorts;
  @EJB Charters charters;
  @EJB Audits audits;
  @EJB People people;
  @EJB InContainerCaller caller;
  @EJB CallerName callerName;

  @Inject PersonRecords records;
  @Inject UserTransaction transaction;

  @Test
  void nobodySignedInIsRefusedWhatEveryRoleMay() {
    assertThrows(EJBAccessException.class, () -> cohorts.all(), "cohorts");
    assertThrows(EJBAccessException.class, () -> charters.current(), "the charter in force");
    assertThrows(EJBAccessException.class, () -> charters.versions(), "charter versions");
    assertThrows(EJBAccessException.class, () -> audits.count(LogFilter.NONE), "the access log");
  }

  @Test
  void anEmployeeIsRefusedWhatOnlyHrOrAnAuditorMay() {
    assertThrows(EJBAccessException.class, () -> caller.asEmployee(() -> cohorts.all()), "cohorts");
    assertThrows(
        EJBAccessException.class,
        () -> caller.asEmployee(() -> charters.versions()),
        "charter versions");
    assertThrows(
        EJBAccessException.class,
        () -> caller.asEmployee(() -> charters.evidenceOf("jun")),
        "someone else's signature evidence");
    assertThrows(
        EJBAccessException.class,
        () -> caller.asEmployee(() -> audits.count(LogFilter.NONE)),
        "the access log");
  }

  @Test
  void aPersonRefreshesAndReadsTheirOwnRecordOnly() throws Exception {
    String me = caller.asEmployee(() -> callerName.name());
    String someoneElse = "o" + UUID.randomUUID().toString().substring(0, 8);
    String mySubject = UUID.randomUUID().toString();
    String otherSubject = UUID.randomUUID().toString();

    caller.asEmployee(() -> people.signedIn(mySubject, entry(me)));
    assertThrows(
        EJBAccessException.class,
        () -> caller.asEmployee(() -> people.signedIn(otherSubject, entry(someoneElse))),
        "someone else's record");
    assertTrue(people.find(otherSubject).isEmpty(), "nothing was written");

    transaction.begin();
    try {
      records.signedIn(otherSubject, entry(someoneElse));
      transaction.commit();
    } catch (RuntimeException e) {
      transaction.rollback();
      throw e;
    }
    assertEquals(
        mySubject,
        caller.asEmployee(() -> people.caller()).orElseThrow().getSubject(),
        "the caller's own record, whoever else is there");
  }

  private static DirectoryEntry entry(String username) {
    return new DirectoryEntry(
        username,
        "Test " + username,
        "Finance",
        4,
        "fiona",
        true,
        Set.of("employee"),
        null,
        null,
        null);
  }
}
