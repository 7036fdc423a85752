package com.srm.mentoring.identity.control;

import com.srm.mentoring.identity.entity.DirectoryEntry;
import com.srm.mentoring.identity.entity.Person;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The application's person records: the one place that finds them by subject or username and
 * creates or refreshes them from what a token says. Runs in the caller's transaction.
 */
@Dependent
public class PersonRecords {

  @PersistenceContext EntityManager em;

  public Optional<Person> find(String subject) {
    return Optional.ofNullable(em.find(Person.class, subject));
  }

  public Optional<Person> findByUsername(String username) {
    return em.createNamedQuery(Person.BY_USERNAME, Person.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** Everybody, ordered by display name. */
  public List<Person> all() {
    return em.createNamedQuery(Person.ALL, Person.class).getResultList();
  }

  /** Creates the person on first sign-in, refreshes them afterwards; answers the stored record. */
  public Person signedIn(String subject, DirectoryEntry entry) {
    Person person = em.find(Person.class, subject);
    if (person == null || !person.getUsername().equals(entry.username())) {
      releaseUsernameHeldByOthers(subject, entry.username());
    }
    if (person == null) {
      person = new Person(subject, entry);
      em.persist(person);
    } else {
      person.refresh(entry);
    }
    return person;
  }

  /** A newcomer the directory sync found. */
  public void add(Person person) {
    em.persist(person);
  }

  /** The directory gave the username to a new account: the old record lets go of it first. */
  private void releaseUsernameHeldByOthers(String subject, String username) {
    findByUsername(username)
        .filter(holder -> !holder.getSubject().equals(subject))
        .ifPresent(
            holder -> {
              holder.releaseUsername();
              em.flush();
            });
  }
}
