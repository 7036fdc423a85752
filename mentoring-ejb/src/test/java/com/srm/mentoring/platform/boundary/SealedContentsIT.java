package com.srm.mentoring.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.control.SealedTable;
import com.srm.mentoring.platform.entity.ContentKeys;
import com.srm.mentoring.testsupport.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The re-sealing job's SQL against a real PostgreSQL, as the application's role: every sealed table
 * of the migrated schema, and a table of its own for the rows a key rotation leaves behind.
 */
class SealedContentsIT {

  static final String OLD = "2026-01:" + key('o');
  static final String NEW = "2026-07:" + key('n');
  static final ContentKeys BEFORE = ContentKeys.parse("k", OLD, null);
  static final ContentKeys ROTATED = ContentKeys.parse("k", NEW + "," + OLD, "2026-07");
  static final SealedTable SCRATCH = new SealedTable("sealed_scratch", List.of("a", "b"));

  static PostgresServer postgres;
  static DataSource application;

  static String key(char fill) {
    return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
  }

  @BeforeAll
  static void migrated() throws SQLException {
    postgres = PostgresServer.startTemporary();
    String db = "m" + UUID.randomUUID().toString().substring(0, 8);
    application = postgres.migratedDatabase(db);
    try (Connection c = postgres.ownerDataSource(db).getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE sealed_scratch (id uuid PRIMARY KEY, a text, b text)");
      s.execute("GRANT SELECT, INSERT, UPDATE ON sealed_scratch TO " + PostgresServer.USER);
    }
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }

  static SealedContents contents(ContentKeys keys) {
    SealedContents contents = new SealedContents();
    contents.dataSource = application;
    contents.keys = () -> keys;
    return contents;
  }

  @Test
  void everySealedTableOfTheSchemaCanBeWalkedAndCounted() {
    SealedContents contents = contents(ROTATED);
    for (SealedTable table : SealedTable.ALL) {
      SealedContents.Batch batch = contents.reseal(table, SealedContents.START, 10);
      assertEquals(0, batch.rows(), table.name());
      assertEquals(0, contents.remaining(table), table.name());
    }
  }

  @Test
  void plainRowsAndRowsOfARetiredKeyAreSealedWithTheCurrentKeyBatchByBatch() throws SQLException {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(insert("plain " + i, i % 2 == 0 ? null : BEFORE.seal("old " + i)));
    }
    UUID current = insert(ROTATED.seal("current"), null);
    String lost = ContentKeys.parse("k", "gone:" + key('g'), null).seal("x");
    UUID gone = insert("plain beside a lost key", lost);
    SealedContents contents = contents(ROTATED);

    int sealed = 0;
    int unreadable = 0;
    UUID after = SealedContents.START;
    SealedContents.Batch batch;
    int batches = 0;
    do {
      batch = contents.reseal(SCRATCH, after, 2);
      sealed += batch.sealed();
      unreadable += batch.unreadable();
      after = batch.last();
      batches++;
    } while (batch.rows() == 2);

    assertEquals(5 + 2 + 1, sealed, "six plain values and two of the retired key");
    assertEquals(1, unreadable, "the value of a key not configured");
    assertTrue(batches >= 3, "in batches: " + batches);
    for (int i = 0; i < 5; i++) {
      String[] row = row(ids.get(i));
      assertTrue(ROTATED.isCurrent(row[0]) && row[0] != null, row[0]);
      assertEquals("plain " + i, ROTATED.open(row[0]));
      if (i % 2 == 0) {
        assertNull(row[1], "null stays null");
      } else {
        assertTrue(ROTATED.isCurrent(row[1]));
        assertEquals("old " + i, ROTATED.open(row[1]));
      }
    }
    assertEquals("current", ROTATED.open(row(current)[0]));
    assertEquals("plain beside a lost key", ROTATED.open(row(gone)[0]), "sealed beside it");
    assertEquals(lost, row(gone)[1], "the value of the lost key is left exactly as it was");
    assertEquals(1, contents.remaining(SCRATCH), "the lost key's value remains");

    SealedContents.Batch again = contents.reseal(SCRATCH, SealedContents.START, 100);
    assertEquals(0, again.rows(), "nothing left to claim: a value of a lost key is never claimed");
  }

  static UUID insert(String a, String b) throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection c = application.getConnection();
        PreparedStatement s =
            c.prepareStatement("INSERT INTO sealed_scratch (id, a, b) VALUES (?, ?, ?)")) {
      s.setObject(1, id);
      s.setString(2, a);
      s.setString(3, b);
      s.executeUpdate();
    }
    return id;
  }

  static String[] row(UUID id) throws SQLException {
    try (Connection c = application.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT a, b FROM sealed_scratch WHERE id = ?")) {
      s.setObject(1, id);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next());
        String[] row = {r.getString(1), r.getString(2)};
        assertFalse(row[0] == null && row[1] == null);
        return row;
      }
    }
  }
}
