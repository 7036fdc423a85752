package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.audit.entity.Verification;
import com.srm.mentoring.audit.entity.Verification.Damage;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the access log in sequence order and names the first place where the chain breaks, and how:
 * a gap in the sequence (removed), an entry that links past its predecessor (inserted) or to a
 * later entry (reordered), or an entry whose content no longer matches its hash (changed).
 */
public final class ChainVerifier {

  private static final int PAGE = 5_000;

  private ChainVerifier() {}

  public static Verification verify(EntityManager em) {
    Map<ByteBuffer, Long> sequenceByHash = new HashMap<>();
    forEachEntry(em, e -> sequenceByHash.put(ByteBuffer.wrap(e.getHash()), e.getSequence()));

    long[] checked = {0};
    Verification[] verdict = {null};
    AccessLogEntry[] previous = {null};
    forEachEntry(
        em,
        entry -> {
          if (verdict[0] != null) {
            return;
          }
          checked[0]++;
          verdict[0] = check(entry, previous[0], sequenceByHash, checked[0]);
          previous[0] = entry;
        });
    return verdict[0] != null ? verdict[0] : Verification.whole(checked[0]);
  }

  private static Verification check(
      AccessLogEntry entry, AccessLogEntry previous, Map<ByteBuffer, Long> sequenceByHash, long n) {
    long expected = previous == null ? 1 : previous.getSequence() + 1;
    if (entry.getSequence() != expected) {
      return Verification.broken(n, expected, Damage.REMOVED);
    }
    byte[] link = previous == null ? AccessLogEntry.GENESIS : previous.getHash();
    if (!Arrays.equals(entry.getPrevHash(), link)) {
      Long linked = sequenceByHash.get(ByteBuffer.wrap(entry.getPrevHash()));
      if (linked != null && linked > entry.getSequence()) {
        return Verification.broken(n, entry.getSequence(), Damage.REORDERED);
      }
      if (linked != null && previous != null && linked < previous.getSequence()) {
        return Verification.broken(n, previous.getSequence(), Damage.INSERTED);
      }
      return Verification.broken(n, entry.getSequence(), Damage.CHANGED);
    }
    if (!entry.isIntact()) {
      return Verification.broken(n, entry.getSequence(), Damage.CHANGED);
    }
    return null;
  }

  /** Reads the log in pages by sequence (keyset, no OFFSET), clearing the context as it goes. */
  private static void forEachEntry(
      EntityManager em, java.util.function.Consumer<AccessLogEntry> each) {
    long after = 0;
    while (true) {
      List<AccessLogEntry> page =
          em.createQuery(
                  "SELECT e FROM AccessLogEntry e WHERE e.sequence > :after ORDER BY e.sequence",
                  AccessLogEntry.class)
              .setParameter("after", after)
              .setMaxResults(PAGE)
              .getResultList();
      page.forEach(each);
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).getSequence();
      em.clear();
    }
  }
}
