package com.srm.mentoring.escalation.control;

import com.srm.mentoring.escalation.entity.Concern;
import com.srm.mentoring.escalation.entity.Contacts;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.platform.control.AccessDenied;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
   * @throws Refusal when it does not exist or the caller may not read it
   */
  public Concern readable(UUID id, Person me, Action action) {
    return ruled(em.createNamedQuery(Concern.READABLE, Concern.class), me)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> refuse(action, id));
  }

  /**
   * The concern for a change, read under the rule and locked: a sweep at work on it is waited for
   * (and skips it while the caller holds it), so that a person's move never fails on the timer's
   * bookkeeping. The version still rises, for forms that show an older state.
   */
  public Concern changeable(UUID id, Person me, Action action) {
    Concern concern =
        ruled(em.createNamedQuery(Concern.READABLE, Concern.class), me)
            .setParameter("id", id)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> refuse(action, id));
    em.lock(concern, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return concern;
  }

  public List<Concern> list(Person me) {
    return ruled(em.createNamedQuery(Concern.LIST, Concern.class), me).getResultList();
  }

  public long count(Person me) {
    return ruled(em.createNamedQuery(Concern.COUNT, Long.class), me).getSingleResult();
  }

  /**
   * The concerns the caller may read whose title or description contains the text, newest first.
   * Title and description are sealed in the database, so the rule's query loads what the caller may
   * read and the text is looked for in the opened concerns.
   */
  public List<Concern> search(Person me, String text) {
    return list(me).stream().filter(c -> c.mentions(text)).toList();
  }

  /** Binds the read rule's parameters: who asks, and whether their contact role reaches. */
  private static <T> TypedQuery<T> ruled(TypedQuery<T> query, Person me) {
    return query
        .setParameter("me", me.getSubject())
        .setParameter("contact", me.holds(Roles.ESCALATION_CONTACT));
  }

  /**
   * The cohort's contacts who may act now, split by the steps they may own: named on the cohort,
   * active, and holding the escalation-contact role without a conflict of duties; those who also
   * facilitate it, and hold that role, hold step 1.
   */
  public Contacts contactsOf(UUID cohortId) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    Set<String> named = cohort.getEscalationContacts();
    List<Person> people =
        named.isEmpty()
            ? List.of()
            : em.createQuery("SELECT p FROM Person p WHERE p.subject IN :named", Person.class)
                .setParameter("named", named)
                .getResultList();
    Set<String> contacts = new TreeSet<>();
    Set<String> facilitating = new TreeSet<>();
    for (Person person : people) {
      if (cohort.hasAsContact(person)) {
        contacts.add(person.getSubject());
        if (cohort.isFacilitatedBy(person)) {
          facilitating.add(person.getSubject());
        }
      }
    }
    return Contacts.of(contacts, facilitating);
  }

  /** Logs the refusal and answers the exception that says "not found". */
  public Refusal refuse(Action action, Object id) {
    denials.fire(AccessDenied.of(action, CONCERN, id == null ? null : id.toString()));
    return Refusal.notFound(CONCERN, id);
  }
}
