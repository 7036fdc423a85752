package com.srm.mentoring.platform.control;

import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a database outage from a defect. An outage is temporary and answered with "temporarily
 * unavailable"; a defect is answered with a generic error and logged for the developers.
 */
public final class Outages {

  /** SQL states of class 08 are connection exceptions; 57P are operator interventions. */
  private static final String CONNECTION_EXCEPTION = "08";

  private static final String OPERATOR_INTERVENTION = "57P";

  /** How Payara's pool reports that it could not get a connection at all. */
  private static final String POOL_ALLOCATION_FAILURE = "Error in allocating a connection";

  private Outages() {}

  public static boolean isOutage(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
        return true;
      }
      // the transaction manager's own failure, such as a commit whose connection died with the
      // database: it carries no SQL state, and no program error raises it
      if (t instanceof SystemException) {
        return true;
      }
      if (t instanceof SQLException sql && isConnectionFailure(sql)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConnectionFailure(SQLException e) {
    String state = e.getSQLState();
    if (state != null) {
      return state.startsWith(CONNECTION_EXCEPTION) || state.startsWith(OPERATOR_INTERVENTION);
    }
    return e.getMessage() != null && e.getMessage().contains(POOL_ALLOCATION_FAILURE);
  }
}
