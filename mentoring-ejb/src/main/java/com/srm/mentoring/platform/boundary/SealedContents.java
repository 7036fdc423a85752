package com.srm.mentoring.platform.boundary;

import com.srm.mentoring.platform.control.ContentCipher;
import com.srm.mentoring.platform.control.Resealing;
import com.srm.mentoring.platform.control.SealedTable;
import com.srm.mentoring.platform.entity.ContentKeys;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Seals stored content again with the current content key, a batch of rows at a time, each batch in
 * a transaction of its own: rows written before content was sealed, and rows a key rotation left
 * with a retired key. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so that several nodes
 * share the work and a person's change waits for the batch rather than failing. Nothing here reads
 * the entities: the text never leaves this method opened.
 */
@Stateless
@PermitAll // the re-sealing timer calls it with nobody signed in; it answers counts only
public class SealedContents {

  /** The nil UUID, below every key: where a walk through a table starts. */
  public static final UUID START = new UUID(0, 0);

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** The configured keys; a test hands in its own. */
  Supplier<ContentKeys> keys = ContentCipher::keys;

  /**
   * Seals the next batch of rows after {@code after} again.
   *
   * @return what the batch did, and the key to go on after
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Batch reseal(SealedTable table, UUID after, int size) {
    ContentKeys keys = this.keys.get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement claim = connection.prepareStatement(table.claim(size));
        PreparedStatement update = connection.prepareStatement(table.update())) {
      Array retired =
          connection.createArrayOf(
              "text",
              keys.ids().stream()
                  .filter(id -> !id.equals(keys.currentId()))
                  .toArray(String[]::new));
      claim.setObject(1, after);
      for (int i = 0; i < table.columns().size(); i++) {
        claim.setArray(i + 2, retired);
      }
      int rows = 0;
      int sealed = 0;
      int unreadable = 0;
      UUID last = after;
      try (ResultSet found = claim.executeQuery()) {
        while (found.next()) {
          rows++;
          last = found.getObject(1, UUID.class);
          List<String> values = new ArrayList<>();
          for (int i = 0; i < table.columns().size(); i++) {
            values.add(found.getString(i + 2));
          }
          Resealing.Row row = Resealing.reseal(keys, values);
          unreadable += row.unreadable();
          if (row.changed() > 0) {
            for (int i = 0; i < row.values().size(); i++) {
              update.setString(i + 1, row.values().get(i));
            }
            update.setObject(row.values().size() + 1, last);
            update.executeUpdate();
            sealed += row.changed();
          }
        }
      }
      return new Batch(rows, sealed, unreadable, last);
    } catch (SQLException e) {
      throw new IllegalStateException("re-sealing " + table.name() + " failed: " + e, e);
    }
  }

  /** How many values of the table are not sealed with the current key. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long remaining(SealedTable table) {
    String current = keys.get().currentId();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count = connection.prepareStatement(table.remaining())) {
      for (int i = 0; i < table.columns().size(); i++) {
        count.setString(i + 1, current);
      }
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("counting " + table.name() + " failed: " + e, e);
    }
  }

  /**
   * One batch: the rows it claimed (fewer than asked for means the table's end), the values it
   * sealed, the values left as they were because they could not be opened, and the last key.
   */
  public record Batch(int rows, int sealed, int unreadable, UUID last) {}
}
