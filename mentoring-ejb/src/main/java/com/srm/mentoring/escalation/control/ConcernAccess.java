package com.srm.mentoring.escalation.control;

import com.srm.mentoring.escalation.entity.Concern;
import com.srm.mentoring.escalation.entity.Contacts;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.control.RecordNotFound;
import com.srm.mentoring.platform.entity.Action;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Opens concerns to the people who may read them, by the one rule in {@link Concern}'s queries: a
 * concern is never loaded for anyone else. For them it does not exist, and the refusal is logged.
 */
@Dependent
public class ConcernAccess {

  public static final String CONCERN = "concern";

  @PersistenceContext EntityManager em;

  @Inject Event<AccessDenied> denials;

  /**
   * The concern, if the caller may read it.
   *
   * @throws RecordNotFound when it does not exist or the caller may not read it
   */
  public Concern readable(UUID id, String me, Action action) {
    return em.createNamedQuery(Concern.READABLE, Concern.class)
        .setParameter("id", id)
        .setParameter("me", me)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> refuse(action, id));
  }

  /** The concern for a change, read under the rule and then locked against a concurrent change. */
  public Concern changeable(UUID id, String me, Action action) {
    Concern concern = readable(id, me, action);
    em.lock(concern, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return concern;
  }

  public List<Concern> list(String me) {
    return em.createNamedQuery(Concern.LIST, Concern.class).setParameter("me", me).getResultList();
  }

  public long count(String me) {
    return em.createNamedQuery(Concern.COUNT, Long.class).setParameter("me", me).getSingleResult();
  }

  public List<Concern> search(String me, String text) {
    String pattern = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    return em.createNamedQuery(Concern.SEARCH, Concern.class)
        .setParameter("me", me)
        .setParameter("text", pattern)
        .getResultList();
  }

  /** The cohort's contacts, split by the steps they may own. */
  public Contacts contactsOf(UUID cohortId) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    return Contacts.of(cohort.getEscalationContacts(), cohort.getFacilitators());
  }

  /** Logs the refusal and answers the exception that says "not found". */
  public RecordNotFound refuse(Action action, Object id) {
    denials.fire(AccessDenied.of(action, CONCERN, id == null ? null : id.toString()));
    return new RecordNotFound(CONCERN, id);
  }
}
