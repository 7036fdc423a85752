package com.srm.mentoring.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class OutagesTest {

  @Test
  void refusedConnectionDeepInsideIsAnOutage() {
    var refused = new SQLException("Connection refused", "08001", new ConnectException("refused"));
    var wrapped = new EJBException(new PersistenceException("could not open", refused));
    assertTrue(Outages.isOutage(wrapped));
  }

  @Test
  void poolThatCannotAllocateIsAnOutage() {
    var pool = new SQLException("Error in allocating a connection. Cause: Connection refused");
    assertTrue(Outages.isOutage(new RuntimeException(pool)));
  }

  @Test
  void serverShuttingDownIsAnOutage() {
    assertTrue(Outages.isOutage(new SQLException("terminating connection", "57P01")));
  }

  @Test
  void theTransactionManagersOwnFailureIsAnOutage() {
    var commit = new jakarta.transaction.SystemException("commit failed: connection lost");
    assertTrue(Outages.isOutage(new EJBException(new IllegalStateException(commit))));
  }

  @Test
  void constraintViolationIsADefectNotAnOutage() {
    var violation = new SQLException("duplicate key", "23505");
    assertFalse(Outages.isOutage(new PersistenceException(violation)));
  }

  @Test
  void plainBugIsNotAnOutage() {
    assertFalse(Outages.isOutage(new IllegalStateException("bug")));
    assertFalse(Outages.isOutage(null));
  }

  @Test
  void causeCycleEnds() {
    var a = new RuntimeException("a");
    var b = new RuntimeException("b", a);
    a.initCause(b);
    assertFalse(Outages.isOutage(a));
  }
}
