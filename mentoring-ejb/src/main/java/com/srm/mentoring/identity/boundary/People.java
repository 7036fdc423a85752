package com.srm.mentoring.identity.boundary;

import com.srm.mentoring.identity.entity.DirectoryEntry;
import com.srm.mentoring.identity.entity.Person;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The people the application knows, created or refreshed whenever they sign in. */
@Stateless
public class People {

  @PersistenceContext EntityManager em;

  /** Creates the person on first sign-in, refreshes them afterwards; answers the stored record. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
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

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Person> find(String subject) {
    return Optional.ofNullable(em.find(Person.class, subject));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Person> findByUsername(String username) {
    return em.createNamedQuery(Person.BY_USERNAME, Person.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }
}
