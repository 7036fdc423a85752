package com.srm.mentoring.charter.control;

import com.srm.mentoring.charter.entity.CharterState;
import com.srm.mentoring.charter.entity.CharterStatus;
import com.srm.mentoring.charter.entity.CharterVersion;
import com.srm.mentoring.charter.entity.Signature;
import com.srm.mentoring.charter.entity.Withdrawal;
import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.entity.Person;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Works out where a person stands with the charter in force. */
@Dependent
public class CharterStanding {

  @PersistenceContext EntityManager em;

  @Inject PersonRecords people;

  /** The version in force: the newest published one. The product ships version 1. */
  public CharterVersion current() {
    return em.createNamedQuery(CharterVersion.CURRENT, CharterVersion.class)
        .setParameter("published", CharterState.PUBLISHED)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** The standing of the person with this username; someone unknown has signed nothing. */
  public CharterStatus of(String username) {
    return ofSubject(people.findByUsername(username).map(Person::getSubject).orElse(null));
  }

  public CharterStatus ofSubject(String subject) {
    int current = current().getVersion();
    Optional<Signature> latest =
        subject == null
            ? Optional.empty()
            : em.createNamedQuery(Signature.OF_SUBJECT, Signature.class)
                .setParameter("subject", subject)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    Optional<Withdrawal> withdrawal =
        subject == null
            ? Optional.empty()
            : em.createNamedQuery(Withdrawal.LATEST_OF_SUBJECT, Withdrawal.class)
                .setParameter("subject", subject)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    boolean withdrawn =
        withdrawal.isPresent()
            && latest
                .map(s -> withdrawal.get().getWithdrawnAt().isAfter(s.getSignedAt()))
                .orElse(true);
    return new CharterStatus(
        latest.map(Signature::getVersion).orElse(null),
        latest.map(Signature::getSignedAt).orElse(null),
        current,
        latest.map(s -> s.getVersion() == current).orElse(false),
        withdrawn);
  }
}
