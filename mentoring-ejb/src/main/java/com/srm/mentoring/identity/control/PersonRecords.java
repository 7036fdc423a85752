package com.srm.mentoring.identity.control;

import com.srm.mentoring.identity.entity.DirectoryEntry;
import com.srm.mentoring.identity.entity.PeopleQuery;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.PersonName;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /**
   * The record of a signed-in caller. Every caller has one: the web layer creates it at sign-in and
   * on every API call, before any boundary runs.
   */
  public Person ofCaller(String username) {
    return findByUsername(username)
        .orElseThrow(() -> new IllegalStateException("no person record for " + username));
  }

  public Optional<Person> findByUsername(String username) {
    return em.createNamedQuery(Person.BY_USERNAME, Person.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * The names of the given subjects, read in one query: a read model names every person it shows at
   * once. A subject without a record is missing from the answer.
   */
  public Map<String, PersonName> names(Collection<String> subjects) {
    Map<String, PersonName> names = new HashMap<>();
    List<String> wanted = subjects.stream().filter(s -> s != null).distinct().toList();
    if (wanted.isEmpty()) {
      return names;
    }
    em.createQuery(
            "SELECT p.subject, p.username, p.displayName FROM Person p"
                + " WHERE p.subject IN :subjects",
            Object[].class)
        .setParameter("subjects", wanted)
        .getResultStream()
        .forEach(
            row -> names.put((String) row[0], new PersonName((String) row[1], (String) row[2])));
    return names;
  }

  /** Everybody, ordered by display name. */
  public List<Person> all() {
    return em.createNamedQuery(Person.ALL, Person.class).getResultList();
  }

  /**
   * One page of the people the query asks for: only the rows shown are read, so a page costs the
   * same however many people the directory holds. Ties in the sort column are broken by username so
   * that a person appears on exactly one page.
   */
  public List<Person> page(PeopleQuery query, int first, int max) {
    String order = query.descending() ? " DESC" : " ASC";
    String jpql =
        "SELECT p FROM Person p"
            + where(query)
            + " ORDER BY p."
            + query.sort().attribute()
            + order
            + (query.sort() == PeopleQuery.Sort.USERNAME ? "" : ", p.username ASC");
    TypedQuery<Person> page = em.createQuery(jpql, Person.class);
    bind(page, query);
    return page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
  }

  /** How many people the query finds, for the paginator. */
  public long count(PeopleQuery query) {
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(p) FROM Person p" + where(query), Long.class);
    bind(count, query);
    return count.getSingleResult();
  }

  private static String where(PeopleQuery query) {
    List<String> conditions = new ArrayList<>();
    if (given(query.name())) {
      conditions.add("LOWER(p.displayName) LIKE :name ESCAPE '\\'");
    }
    if (given(query.username())) {
      conditions.add("LOWER(p.username) LIKE :username ESCAPE '\\'");
    }
    if (given(query.department())) {
      conditions.add("LOWER(p.department) LIKE :department ESCAPE '\\'");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(TypedQuery<?> typed, PeopleQuery query) {
    if (given(query.name())) {
      typed.setParameter("name", containing(query.name()));
    }
    if (given(query.username())) {
      typed.setParameter("username", containing(query.username()));
    }
    if (given(query.department())) {
      typed.setParameter("department", containing(query.department()));
    }
  }

  private static boolean given(String text) {
    return text != null && !text.isBlank();
  }

  /** A LIKE pattern for the text anywhere, its own % and _ taken literally. */
  static String containing(String text) {
    String literal =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + literal + "%";
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
