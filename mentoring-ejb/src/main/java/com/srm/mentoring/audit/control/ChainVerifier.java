package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.AccessEvent;
import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.Anchor;
import com.srm.mentoring.audit.entity.Outcome;
import com.srm.mentoring.audit.entity.Seal;
import com.srm.mentoring.audit.entity.SealKeys;
import com.srm.mentoring.audit.entity.Verification;
import com.srm.mentoring.audit.entity.Verification.Damage;
import com.srm.mentoring.audit.entity.Verification.Receipt;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Walks the access log and its seals in order and names the first place where either breaks, and
 * how: a gap in the sequence (removed), an entry that links past its predecessor (inserted) or to a
 * later entry (reordered), an entry whose content no longer matches its hash (changed), a seal that
 * does not match the chain or its key (seal), or sealed entries missing from the end (truncated),
 * also when the seals went with them and only an anchor outside the database still names them.
 *
 * <p>It reads with a database cursor and keeps only the entry before the current one, so memory
 * stays flat however long the log is. It needs a connection inside a transaction, which the cursor
 * lives in.
 */
public final class ChainVerifier {

  private static final int FETCH_SIZE = 2_000;

  /** An entry's columns, in the order {@link #read(ResultSet)} reads them. */
  static final String COLUMNS =
      "sequence, occurred_at, subject, username, action, record_type, record_id, outcome,"
          + " client_ip, request_id, prev_hash, hash, hash_encoding, forwarded_request_id,"
          + " record_ids";

  private static final String ENTRIES = "SELECT " + COLUMNS + " FROM access_log ORDER BY sequence";

  private ChainVerifier() {}

  public static Verification verify(Connection c, SealKeys keys) throws SQLException {
    return verify(c, keys, Optional.empty(), Optional.empty());
  }

  /**
   * Walks the log as {@link #verify(Connection, SealKeys)} does, and holds it against anchors kept
   * outside the database: the newest one in the anchor file, and a receipt an auditor kept. A log
   * that ends before an anchor's entry was cut off (truncated), even when its newest seals went
   * with the entries; one whose seal differs from the anchor's, or lacks it, lost or changed seals.
   *
   * <p>Read the anchor before calling this: entries sealed after it are read all the same.
   */
  public static Verification verify(
      Connection c, SealKeys keys, Optional<Anchor> newest, Optional<Anchor> receipt)
      throws SQLException {
    List<Anchor> anchors = Stream.of(newest, receipt).flatMap(Optional::stream).toList();
    Seals seals = new Seals(c, keys, anchors);
    long[] last = new long[1];
    Verification result;
    try (PreparedStatement ps = c.prepareStatement(ENTRIES)) {
      ps.setFetchSize(FETCH_SIZE);
      try (ResultSet rs = ps.executeQuery()) {
        result = walk(c, rs, seals, last);
      }
    }
    if (result.ok()) {
      result = unsealed(c, result, seals.lastGoodSequence);
    }
    if (newest.isPresent()) {
      result = against(result, seals, newest.get(), last[0]).anchoredAt(newest.get().sequence());
    }
    if (receipt.isPresent()) {
      result =
          against(result, seals, receipt.get(), last[0])
              .withReceipt(seals.covers(receipt.get()) ? Receipt.COVERED : Receipt.NOT_COVERED);
    }
    return result;
  }

  /**
   * The entries after the last seal of a whole log: the window in which they can still be cut off
   * without a trace, reported so that an auditor sees how wide it is now.
   */
  private static Verification unsealed(Connection c, Verification result, long lastSealed)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(*), min(occurred_at) FROM access_log WHERE sequence > ?")) {
      ps.setLong(1, lastSealed);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
        return result.withUnsealed(rs.getLong(1), oldest == null ? null : oldest.toInstant());
      }
    }
  }

  private static Verification against(
      Verification result, Seals seals, Anchor anchor, long lastSequence) {
    if (!result.ok() || seals.covers(anchor)) {
      return result;
    }
    if (lastSequence < anchor.sequence()) {
      return Verification.broken(result.entries(), lastSequence + 1, Damage.TRUNCATED);
    }
    return Verification.broken(result.entries(), seals.firstUnvouchedFor(anchor), Damage.SEAL);
  }

  private static Verification walk(Connection c, ResultSet rs, Seals seals, long[] last)
      throws SQLException {
    long checked = 0;
    AccessLogEntry previous = null;
    while (rs.next()) {
      AccessLogEntry entry = read(rs);
      checked++;
      Verification broken = checkLink(c, entry, previous, checked);
      // a seal is checked once the entry after it is: a damaged link names what happened to the
      // chain more precisely than the seal over it can
      if (broken == null && previous != null) {
        broken = seals.checkUpTo(previous, checked);
      }
      if (broken != null) {
        return broken;
      }
      previous = entry;
      last[0] = entry.getSequence();
    }
    if (previous == null) {
      return seals.checkNoneBeyond(1, checked);
    }
    Verification broken = seals.checkUpTo(previous, checked);
    return broken != null ? broken : seals.checkNoneBeyond(previous.getSequence() + 1, checked);
  }

  private static Verification checkLink(
      Connection c, AccessLogEntry entry, AccessLogEntry previous, long checked)
      throws SQLException {
    long expected = previous == null ? 1 : previous.getSequence() + 1;
    if (entry.getSequence() != expected) {
      return Verification.broken(checked, expected, Damage.REMOVED);
    }
    byte[] link = previous == null ? AccessLogEntry.GENESIS : previous.getHash();
    if (!Arrays.equals(entry.getPrevHash(), link)) {
      // only on the first break: one lookup, so nothing has to be remembered on the way
      OptionalLong linked = sequenceWithHash(c, entry.getPrevHash());
      if (linked.isPresent() && linked.getAsLong() > entry.getSequence()) {
        return Verification.broken(checked, entry.getSequence(), Damage.REORDERED);
      }
      if (linked.isPresent() && previous != null && linked.getAsLong() < previous.getSequence()) {
        return Verification.broken(checked, previous.getSequence(), Damage.INSERTED);
      }
      return Verification.broken(checked, entry.getSequence(), Damage.CHANGED);
    }
    if (!entry.isIntact()) {
      return Verification.broken(checked, entry.getSequence(), Damage.CHANGED);
    }
    return null;
  }

  private static OptionalLong sequenceWithHash(Connection c, byte[] hash) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT min(sequence) FROM access_log WHERE hash = ?")) {
      ps.setBytes(1, hash);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long sequence = rs.getLong(1);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(sequence);
      }
    }
  }

  static AccessLogEntry read(ResultSet rs) throws SQLException {
    AccessEvent event =
        new AccessEvent(
            rs.getObject(2, OffsetDateTime.class).toInstant(),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            Outcome.valueOf(rs.getString(8)),
            rs.getString(9),
            rs.getString(10),
            rs.getString(14),
            recordIds(rs.getArray(15)));
    return AccessLogEntry.stored(
        rs.getLong(1), event, rs.getBytes(11), rs.getBytes(12), rs.getInt(13));
  }

  private static List<String> recordIds(Array ids) throws SQLException {
    if (ids == null) {
      return null;
    }
    try {
      return List.of((String[]) ids.getArray());
    } finally {
      ids.free();
    }
  }

  /** The seals in order, read a page at a time as the walk over the entries reaches them. */
  private static final class Seals {

    private static final int PAGE = 500;

    private final Connection c;
    private final SealKeys keys;
    private final List<Anchor> anchors;
    private final Set<Anchor> covered = new HashSet<>();
    private final Map<Anchor, Long> differing = new HashMap<>();
    private final Deque<Seal> page = new ArrayDeque<>();
    private long readThrough;
    private boolean exhausted;
    private byte[] previousMac = Seal.GENESIS;
    private long lastGoodSequence;
    private long expectedNumber = 1;

    Seals(Connection c, SealKeys keys, List<Anchor> anchors) {
      this.c = c;
      this.keys = keys;
      this.anchors = anchors;
    }

    /** Whether the walk accepted the very seal the anchor was taken from. */
    boolean covers(Anchor anchor) {
      return covered.contains(anchor);
    }

    /** The first entry no good seal vouches for, as far as the anchor is concerned. */
    long firstUnvouchedFor(Anchor anchor) {
      return differing.getOrDefault(anchor, lastGoodSequence + 1);
    }

    /** Checks every seal over entries up to this one; the seal on this entry must match it. */
    Verification checkUpTo(AccessLogEntry entry, long checked) throws SQLException {
      for (Seal seal = peek(); seal != null && seal.sequence() <= entry.getSequence(); ) {
        boolean matches =
            seal.sequence() == entry.getSequence()
                && Arrays.equals(seal.headHash(), entry.getHash())
                && isGenuineNext(seal);
        if (!matches) {
          return Verification.broken(checked, lastGoodSequence + 1, Damage.SEAL);
        }
        accept(seal);
        seal = peek();
      }
      return null;
    }

    /** Once the entries end: a genuine seal beyond them vouches for entries that are gone. */
    Verification checkNoneBeyond(long nextSequence, long checked) throws SQLException {
      Seal seal = peek();
      if (seal == null) {
        return Verification.whole(checked);
      }
      if (!isGenuineNext(seal)) {
        return Verification.broken(checked, lastGoodSequence + 1, Damage.SEAL);
      }
      return Verification.broken(checked, nextSequence, Damage.TRUNCATED);
    }

    private boolean isGenuineNext(Seal seal) {
      return seal.number() == expectedNumber
          && Arrays.equals(seal.prevMac(), previousMac)
          && keys.isGenuine(seal);
    }

    private void accept(Seal seal) {
      for (Anchor anchor : anchors) {
        if (anchor.number() == seal.number()) {
          if (anchor.matches(seal)) {
            covered.add(anchor);
          } else {
            differing.put(anchor, lastGoodSequence + 1);
          }
        }
      }
      page.removeFirst();
      previousMac = seal.mac();
      lastGoodSequence = seal.sequence();
      expectedNumber++;
    }

    private Seal peek() throws SQLException {
      if (page.isEmpty() && !exhausted) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + SealRows.COLUMNS
                    + " FROM access_log_seal WHERE seal_number > ? ORDER BY seal_number LIMIT ?")) {
          ps.setLong(1, readThrough);
          ps.setInt(2, PAGE);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Seal seal = SealRows.read(rs);
              page.addLast(seal);
              readThrough = seal.number();
            }
          }
        }
        exhausted = page.size() < PAGE;
      }
      return page.peekFirst();
    }
  }
}
