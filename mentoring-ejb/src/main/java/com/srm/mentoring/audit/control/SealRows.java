package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.Seal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Reads and writes seals with plain JDBC, inside whatever transaction the connection is in. */
final class SealRows {

  static final String COLUMNS =
      "seal_number, sequence, head_hash, sealed_at, key_id, prev_mac, mac";

  private SealRows() {}

  static Seal read(ResultSet rs) throws SQLException {
    return new Seal(
        rs.getLong(1),
        rs.getLong(2),
        rs.getBytes(3),
        rs.getObject(4, OffsetDateTime.class).toInstant(),
        rs.getString(5),
        rs.getBytes(6),
        rs.getBytes(7));
  }

  /** The query of the last seal. */
  static final String LAST =
      "SELECT " + COLUMNS + " FROM access_log_seal ORDER BY seal_number DESC LIMIT 1";

  static Optional<Seal> last(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(LAST);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(read(rs)) : Optional.empty();
    }
  }

  static void insert(Connection c, Seal seal) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO access_log_seal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, seal.number());
      ps.setLong(2, seal.sequence());
      ps.setBytes(3, seal.headHash());
      ps.setObject(4, seal.sealedAt().atOffset(ZoneOffset.UTC));
      ps.setString(5, seal.keyId());
      ps.setBytes(6, seal.prevMac());
      ps.setBytes(7, seal.mac());
      ps.executeUpdate();
    }
  }
}
