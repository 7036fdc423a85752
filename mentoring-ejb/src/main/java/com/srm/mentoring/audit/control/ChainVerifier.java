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
import java.io.IOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyInputStream;

/**
 * Walks the access log and its seals in order and names the first place where either breaks, and
 * how: a gap in the sequence (removed), an entry that links past its predecessor (inserted) or to a
 * later entry (reordered), an entry whose content no longer matches its hash (changed), a seal that
 * does not match the chain or its key (seal), or sealed entries missing from the end (truncated),
 * also when the seals went with them and only an anchor outside the database still names them.
 *
 * <p>It reads the log a batch of entries at a time, so memory stays flat however long the log is:
 * each batch is one binary {@code COPY} of a range of sequence numbers, and each entry's canonical
 * bytes are built straight from the bytes PostgreSQL sends (see {@link EntryBatch}); a connection
 * that cannot be unwrapped to PgJDBC's is read through a cursor instead, to the same result. Each
 * entry's own hash covers its stored link and its content, so the hashes of a batch are checked in
 * parallel on the common fork-join pool while the next batch is read; whether the links join up,
 * and the seals, are checked in order afterwards, so that the first break found and its name are
 * the same as in a walk one entry at a time. It needs a connection inside a transaction. Under read
 * committed, each batch is its own statement and may see entries appended since the walk began;
 * they continue the chain, and are verified with it.
 */
public final class ChainVerifier {

  /**
   * Entries per batch: per copy, and hashed at once. Larger batches save little once a copy's own
   * cost is spread over this many rows, and two of them are held at a time.
   */
  private static final int BATCH = 10_000;

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
    return verify(c, keys, newest, receipt, BATCH);
  }

  /** As above, reading {@code batchSize} entries at a time: small in tests, to cross batches. */
  static Verification verify(
      Connection c, SealKeys keys, Optional<Anchor> newest, Optional<Anchor> receipt, int batchSize)
      throws SQLException {
    List<Anchor> anchors = Stream.of(newest, receipt).flatMap(Optional::stream).toList();
    Seals seals = new Seals(c, keys, anchors);
    long[] last = new long[1];
    Verification result;
    try (Source source = Source.of(c, batchSize)) {
      result = walk(c, source, seals, last);
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

  /** Where the entries come from, a batch at a time and in order of their sequence. */
  private abstract static class Source implements AutoCloseable {

    private final int batchSize;

    Source(int batchSize) {
      this.batchSize = batchSize;
    }

    /** By binary COPY on a PostgreSQL connection; through a cursor on any other. */
    static Source of(Connection c, int batchSize) throws SQLException {
      if (c.isWrapperFor(PGConnection.class)) {
        return new Copied(c, batchSize);
      }
      return new Fetched(c, batchSize);
    }

    int batchSize() {
      return batchSize;
    }

    /**
     * Fills the batch, emptied first, with entries after those read so far, in order of their
     * sequence, up to its size. Once it comes back empty, the log has ended.
     */
    abstract EntryBatch next(EntryBatch batch) throws SQLException;

    @Override
    public void close() throws SQLException {}
  }

  /**
   * Each batch is one {@code COPY ... TO STDOUT (FORMAT binary)} of a range of sequence numbers as
   * wide as the batch, parsed by {@link BinaryCopyReader} straight into the batch's bytes. A copy
   * streams its rows without a cursor's round trips and without PgJDBC decoding each value into an
   * object, and the canonical bytes are built from the row's own bytes: reading and building
   * entries was most of what verifying cost.
   *
   * <p>A range rather than "the next so many in order": without fresh statistics on the table
   * PostgreSQL plans the latter as a scan and sort of the whole table for every batch, while a
   * range of the primary key is read through its index whatever the statistics say. The rows of a
   * range come in the order the table holds them, and are put in order of sequence here. Each copy
   * is read to its end before the walk asks the connection anything else (the first break's lookup,
   * the next page of seals), as a copy holds the connection while it runs.
   */
  private static final class Copied extends Source {

    private final Connection c;
    private final CopyManager copies;

    /**
     * The entries up to this sequence have been read. From the lowest there is, so that an entry
     * numbered below 1 is read and named as a walk in order would name it.
     */
    private long readThrough = Long.MIN_VALUE;

    private boolean ended;

    Copied(Connection c, int batchSize) throws SQLException {
      super(batchSize);
      this.c = c;
      this.copies = c.unwrap(PGConnection.class).getCopyAPI();
    }

    @Override
    EntryBatch next(EntryBatch batch) throws SQLException {
      batch.clear();
      while (!ended && batch.isEmpty()) {
        long from = readThrough;
        long to = from > Long.MAX_VALUE - batchSize() ? Long.MAX_VALUE : from + batchSize();
        copy(from, to, batch);
        readThrough = to;
        if (batch.isEmpty()) {
          // a range without entries: entries removed, or the end of the log
          OptionalLong after = firstAfter(to);
          ended = after.isEmpty() || to == Long.MAX_VALUE;
          readThrough = after.orElse(to + 1) - 1;
        }
      }
      batch.sortBySequence();
      return batch;
    }

    private void copy(long from, long to, EntryBatch batch) throws SQLException {
      String copy =
          "COPY (SELECT "
              + COLUMNS
              + " FROM access_log WHERE sequence > "
              + from
              + " AND sequence <= "
              + to
              + ") TO STDOUT (FORMAT binary)";
      try (PGCopyInputStream in = new PGCopyInputStream(copies.copyOut(copy))) {
        BinaryCopyReader rows = new BinaryCopyReader(in);
        while (rows.next()) {
          batch.add(rows);
        }
      } catch (IOException e) {
        throw new SQLException("the access log could not be read: " + e.getMessage(), e);
      }
    }

    private OptionalLong firstAfter(long sequence) throws SQLException {
      try (PreparedStatement ps =
          c.prepareStatement("SELECT min(sequence) FROM access_log WHERE sequence > ?")) {
        ps.setLong(1, sequence);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          long first = rs.getLong(1);
          return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(first);
        }
      }
    }
  }

  /** Through a database cursor, for a connection that is not PostgreSQL's own. */
  private static final class Fetched extends Source {

    private final PreparedStatement ps;
    private final ResultSet rs;
    private boolean ended;

    Fetched(Connection c, int batchSize) throws SQLException {
      super(batchSize);
      ps = c.prepareStatement(ENTRIES);
      try {
        ps.setFetchSize(batchSize);
        rs = ps.executeQuery();
      } catch (SQLException e) {
        ps.close();
        throw e;
      }
    }

    @Override
    EntryBatch next(EntryBatch batch) throws SQLException {
      batch.clear();
      while (!ended && !batch.isFull()) {
        ended = !rs.next();
        if (!ended) {
          batch.add(read(rs));
        }
      }
      return batch;
    }

    @Override
    public void close() throws SQLException {
      try {
        rs.close();
      } finally {
        ps.close();
      }
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

  private static Verification walk(Connection c, Source source, Seals seals, long[] last)
      throws SQLException {
    long checked = 0;
    // the entry before the one being checked: its sequence (0 before the first) and hash
    long previousSequence = 0;
    byte[] previousHash = null;
    EntryBatch batch = source.next(new EntryBatch(source.batchSize()));
    CompletableFuture<Void> hashed = hashed(batch);
    EntryBatch spare = new EntryBatch(source.batchSize());
    while (!batch.isEmpty()) {
      // the next batch is read from the database while this one is being hashed; nothing else
      // is asked of the connection meanwhile, so that a copy can run on it
      EntryBatch next = source.next(spare);
      CompletableFuture<Void> nextHashed = hashed(next);
      hashed.join();
      for (int i = 0; i < batch.size(); i++) {
        checked++;
        Verification broken =
            checkLink(c, batch, i, previousSequence, previousHash, i > 0, checked);
        // a seal is checked once the entry after it is: a damaged link names what happened to the
        // chain more precisely than the seal over it can
        if (broken == null && i > 0) {
          broken = seals.checkUpTo(batch, i - 1, checked);
        }
        if (broken == null && i == 0 && previousHash != null) {
          broken = seals.checkUpTo(previousSequence, previousHash, checked);
        }
        if (broken != null) {
          nextHashed.join();
          return broken;
        }
        previousSequence = batch.sequence(i);
        last[0] = previousSequence;
      }
      // kept apart from the batch, which is filled again with the one after next
      previousHash = batch.hash(batch.size() - 1);
      spare = batch;
      batch = next;
      hashed = nextHashed;
    }
    if (previousHash == null) {
      return seals.checkNoneBeyond(1, checked);
    }
    Verification broken = seals.checkUpTo(previousSequence, previousHash, checked);
    return broken != null ? broken : seals.checkNoneBeyond(previousSequence + 1, checked);
  }

  /**
   * Checks each entry of the batch against its own stored hash, off the reading thread and in
   * parallel: an entry's hash covers its stored link and its content, so it can be checked without
   * its predecessor. Only whether the links join up is checked in order, in {@link #walk}. What a
   * check throws (an encoding nobody knows) is kept and thrown when the walk gets there, as a walk
   * one entry at a time would.
   */
  private static CompletableFuture<Void> hashed(EntryBatch batch) {
    return CompletableFuture.runAsync(batch::hash);
  }

  /**
   * Whether entry {@code i} of the batch follows the one before it, which is entry {@code i - 1}
   * when {@code inBatch}, else the one given by sequence and hash (none for the first entry).
   */
  private static Verification checkLink(
      Connection c,
      EntryBatch batch,
      int i,
      long previousSequence,
      byte[] previousHash,
      boolean inBatch,
      long checked)
      throws SQLException {
    boolean first = !inBatch && previousHash == null;
    long expected = previousSequence + 1;
    long sequence = batch.sequence(i);
    if (sequence != expected) {
      return Verification.broken(checked, expected, Damage.REMOVED);
    }
    boolean linked;
    if (inBatch) {
      linked = batch.linksTo(i, i - 1);
    } else {
      byte[] link = first ? AccessLogEntry.GENESIS : previousHash;
      linked = batch.linksTo(i, link, 0, link.length);
    }
    if (!linked) {
      // only on the first break: one lookup, so nothing has to be remembered on the way
      OptionalLong found = sequenceWithHash(c, batch.prevHash(i));
      if (found.isPresent() && found.getAsLong() > sequence) {
        return Verification.broken(checked, sequence, Damage.REORDERED);
      }
      if (found.isPresent() && !first && found.getAsLong() < previousSequence) {
        return Verification.broken(checked, previousSequence, Damage.INSERTED);
      }
      return Verification.broken(checked, sequence, Damage.CHANGED);
    }
    if (!batch.isIntact(i)) {
      return Verification.broken(checked, sequence, Damage.CHANGED);
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

    /** As {@link #checkUpTo(long, byte[], long)}, for entry {@code i} of a batch. */
    Verification checkUpTo(EntryBatch batch, int i, long checked) throws SQLException {
      Seal seal = peek();
      if (seal == null || seal.sequence() > batch.sequence(i)) {
        // most entries carry no seal: nothing to copy for them
        return null;
      }
      return checkUpTo(batch.sequence(i), batch.hash(i), checked);
    }

    /** Checks every seal over entries up to this one; the seal on this entry must match it. */
    Verification checkUpTo(long sequence, byte[] hash, long checked) throws SQLException {
      for (Seal seal = peek(); seal != null && seal.sequence() <= sequence; ) {
        boolean matches =
            seal.sequence() == sequence
                && Arrays.equals(seal.headHash(), hash)
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
