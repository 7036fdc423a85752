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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.postgresql.PGStatement;

/**
 * Walks the access log and its seals in order and names the first place where either breaks, and
 * how: a gap in the sequence (removed), an entry that links past its predecessor (inserted) or to a
 * later entry (reordered), an entry whose content no longer matches its hash (changed), a seal that
 * does not match the chain or its key (seal), or sealed entries missing from the end (truncated),
 * also when the seals went with them and only an anchor outside the database still names them.
 *
 * <p>It reads with a database cursor, a batch of entries at a time, so memory stays flat however
 * long the log is. Each entry's own hash covers its stored link and its content, so the hashes of a
 * batch are checked in parallel on the common fork-join pool while the next batch is read; whether
 * the links join up, and the seals, are checked in order afterwards, so that the first break found
 * and its name are the same as in a walk one entry at a time. It needs a connection inside a
 * transaction, which the cursor lives in.
 */
public final class ChainVerifier {

  /** Rows per round trip of the cursor, and entries per batch hashed at once. */
  private static final int FETCH_SIZE = 5_000;

  private static final int BATCH = FETCH_SIZE;

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
      inBinary(ps);
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
   * Asks PostgreSQL for the rows in its binary format from the first execution on: hashes and
   * timestamps then arrive as they are stored rather than as text to be decoded, which is most of
   * what reading an entry costs. The values read are the same either way.
   */
  private static void inBinary(PreparedStatement ps) throws SQLException {
    if (ps.isWrapperFor(PGStatement.class)) {
      ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
    }
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
    List<AccessLogEntry> batch = readBatch(rs);
    CompletableFuture<Hashed> intact = hashed(batch);
    while (!batch.isEmpty()) {
      // the next batch is read from the database while this one is being hashed
      List<AccessLogEntry> next = readBatch(rs);
      CompletableFuture<Hashed> nextIntact = hashed(next);
      Hashed flags = intact.join();
      for (int i = 0; i < batch.size(); i++) {
        AccessLogEntry entry = batch.get(i);
        checked++;
        Verification broken = checkLink(c, entry, flags, i, previous, checked);
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
      batch = next;
      intact = nextIntact;
    }
    if (previous == null) {
      return seals.checkNoneBeyond(1, checked);
    }
    Verification broken = seals.checkUpTo(previous, checked);
    return broken != null ? broken : seals.checkNoneBeyond(previous.getSequence() + 1, checked);
  }

  /** Up to {@value #BATCH} entries from the cursor; none once it is at its end. */
  private static List<AccessLogEntry> readBatch(ResultSet rs) throws SQLException {
    List<AccessLogEntry> batch = new ArrayList<>(BATCH);
    while (batch.size() < BATCH && rs.next()) {
      batch.add(read(rs));
    }
    return batch;
  }

  /**
   * Whether each entry still matches its own stored hash, computed off the reading thread and in
   * parallel: an entry's hash covers its stored link and its content, so it can be checked without
   * its predecessor. Only whether the links join up is checked in order, in {@link #walk}. What a
   * check throws (an encoding nobody knows) is kept and thrown when the walk gets there, as a walk
   * one entry at a time would.
   */
  private static CompletableFuture<Hashed> hashed(List<AccessLogEntry> batch) {
    return CompletableFuture.supplyAsync(
        () -> {
          Hashed hashed = new Hashed(batch.size());
          IntStream.range(0, batch.size()).parallel().forEach(i -> hashed.check(i, batch.get(i)));
          return hashed;
        });
  }

  /** The outcome of each entry's own hash check in a batch. */
  private static final class Hashed {
    private final boolean[] intact;
    private final RuntimeException[] failures;

    Hashed(int size) {
      intact = new boolean[size];
      failures = new RuntimeException[size];
    }

    void check(int i, AccessLogEntry entry) {
      try {
        intact[i] = entry.isIntact();
      } catch (RuntimeException e) {
        failures[i] = e;
      }
    }

    boolean isIntact(int i) {
      if (failures[i] != null) {
        throw failures[i];
      }
      return intact[i];
    }
  }

  private static Verification checkLink(
      Connection c,
      AccessLogEntry entry,
      Hashed hashed,
      int index,
      AccessLogEntry previous,
      long checked)
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
    if (!hashed.isIntact(index)) {
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
