package com.srm.mentoring.charter.control;

import com.srm.mentoring.charter.entity.ChainCheck;
import com.srm.mentoring.charter.entity.CharterVersion;
import com.srm.mentoring.charter.entity.Signature;
import com.srm.mentoring.charter.entity.Signer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Appends signatures to their hash chain and checks it. Appends are serialized by a PostgreSQL
 * advisory lock held until the transaction ends, which also makes signing idempotent: two requests
 * to sign the same version, racing, find each other's signature instead of writing two.
 */
@Dependent
public class SignatureChain {

  /** The advisory lock's key: any fixed number no other part of the product uses. */
  static final long CHAIN_LOCK = 0x5352_4D5F_5349_47L;

  private static final int PAGE = 1_000;

  @PersistenceContext EntityManager em;

  @Inject CharterStanding standing;

  /**
   * The person's signature under this version: the one they gave before, or a new one. A person who
   * withdrew since their signature signs anew, and the new signature is what brings them back.
   */
  public Signed sign(CharterVersion charter, Signer signer, Instant now) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
        .setParameter(1, CHAIN_LOCK)
        .getSingleResult();
    Optional<Signature> given =
        em.createNamedQuery(Signature.BY_SUBJECT_AND_VERSION, Signature.class)
            .setParameter("subject", signer.subject())
            .setParameter("version", charter.getVersion())
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (given.isPresent() && !standing.ofSubject(signer.subject()).withdrawn()) {
      return new Signed(given.get(), false);
    }
    List<Signature> head =
        em.createQuery("SELECT s FROM Signature s ORDER BY s.sequence DESC", Signature.class)
            .setMaxResults(1)
            .getResultList();
    long next = head.isEmpty() ? 1 : head.get(0).getSequence() + 1;
    byte[] prevHash = head.isEmpty() ? Signature.GENESIS : head.get(0).hashBytes();
    Signature signature = new Signature(next, charter, signer, now, prevHash);
    em.persist(signature);
    em.flush();
    return new Signed(signature, true);
  }

  /**
   * Checks every signature up to {@code through}, and that the one after it, if any, still links to
   * it: a signature changed, removed or put in on the way shows as the first bad sequence.
   */
  public ChainCheck check(long through) {
    Signature previous = null;
    long checked = 0;
    long after = 0;
    while (true) {
      List<Signature> page =
          em.createQuery(
                  "SELECT s FROM Signature s WHERE s.sequence > :after ORDER BY s.sequence",
                  Signature.class)
              .setParameter("after", after)
              .setMaxResults(PAGE)
              .getResultList();
      for (Signature signature : page) {
        long expected = previous == null ? 1 : previous.getSequence() + 1;
        if (signature.getSequence() != expected) {
          return ChainCheck.brokenAt(checked, expected);
        }
        if (!signature.follows(previous)) {
          return ChainCheck.brokenAt(checked, previous == null ? 1 : previous.getSequence());
        }
        if (signature.getSequence() > through) {
          return ChainCheck.whole(checked);
        }
        checked++;
        if (!signature.isIntact()) {
          return ChainCheck.brokenAt(checked, signature.getSequence());
        }
        previous = signature;
      }
      if (page.size() < PAGE) {
        return previous != null && previous.getSequence() >= through
            ? ChainCheck.whole(checked)
            : ChainCheck.brokenAt(checked, previous == null ? 1 : previous.getSequence() + 1);
      }
      after = page.get(page.size() - 1).getSequence();
    }
  }

  /**
   * A signature, and whether this request gave it.
   *
   * @param signature the signature
   * @param isNew false when the person had signed this version before
   */
  public record Signed(Signature signature, boolean isNew) {}
}
