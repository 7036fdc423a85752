package com.srm.mentoring.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.srm.mentoring.audit.entity.Anchor;
import com.srm.mentoring.audit.entity.SealKeys;
import com.srm.mentoring.audit.entity.Verification;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Verifies a log every way the verifier can read it, and holds that each way comes to the same
 * result: by binary COPY in batches as large as in production, and so small that every break and
 * seal falls near or across the edge of a batch, and through a cursor on a connection that does not
 * let itself be unwrapped to PgJDBC's, as a pool's might not.
 */
final class EveryWay {

  private EveryWay() {}

  static Verification verify(
      DataSource db, SealKeys keys, Optional<Anchor> newest, Optional<Anchor> receipt)
      throws SQLException {
    Verification copied = once(db, false, keys, newest, receipt, 0);
    for (int batch : new int[] {1, 3}) {
      assertEquals(
          copied, once(db, false, keys, newest, receipt, batch), "copied " + batch + " at a time");
    }
    for (int batch : new int[] {0, 3}) {
      assertEquals(
          copied,
          once(db, true, keys, newest, receipt, batch),
          "through a cursor, " + batch + " at a time");
    }
    return copied;
  }

  /**
   * Verifies a long log as production does, by binary COPY and through a cursor, and holds that
   * both come to the same result: batches of one or three entries, which place every break near an
   * edge, are for the short logs that tests break on purpose, and would read a long one row by row.
   */
  static Verification verifyLong(DataSource db, SealKeys keys) throws SQLException {
    Verification copied = once(db, false, keys, Optional.empty(), Optional.empty(), 0);
    assertEquals(
        copied, once(db, true, keys, Optional.empty(), Optional.empty(), 0), "through a cursor");
    return copied;
  }

  private static Verification once(
      DataSource db,
      boolean cursor,
      SealKeys keys,
      Optional<Anchor> newest,
      Optional<Anchor> receipt,
      int batch)
      throws SQLException {
    try (Connection opened = db.getConnection()) {
      opened.setAutoCommit(false);
      Connection c = cursor ? notUnwrappable(opened) : opened;
      Verification result =
          batch == 0
              ? ChainVerifier.verify(c, keys, newest, receipt)
              : ChainVerifier.verify(c, keys, newest, receipt, batch);
      opened.rollback();
      return result;
    }
  }

  /** The connection, but not to be unwrapped to anything. */
  static Connection notUnwrappable(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "isWrapperFor":
                  return false;
                case "unwrap":
                  throw new SQLException("not a wrapper");
                default:
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
              }
            });
  }
}
