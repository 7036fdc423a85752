package com.srm.mentoring.audit.control;

import com.srm.mentoring.audit.entity.AccessEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Appends a batch of entries that {@link GroupCommit} gathered, in one container transaction of its
 * own: the chain's lock is taken and the head read once, for the first entry, and the batch commits
 * at once. Seals are made inside as the policy says, and anchored once the batch has committed, as
 * for any append.
 */
@ApplicationScoped
public class BatchAppends {

  @PersistenceContext EntityManager em;

  @Inject AccessLogSettings settings;

  /** Appends the events in the order given; they commit together or not at all. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void appendAll(List<AccessEvent> events) {
    settings.writer().appendAll(em, events);
  }
}
