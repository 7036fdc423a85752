package com.srm.mentoring.pairing.control;

import com.srm.mentoring.charter.control.CharterStanding;
import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.PairingState;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the pairing rules need to know about people and pairings, read from the database. */
@Dependent
public class PairingFacts {

  @PersistenceContext EntityManager em;

  @Inject CharterStanding standing;

  @Inject PersonRecords people;

  /** Whether the person signed the charter in force and has not withdrawn since. */
  public boolean signedCurrentCharter(Person person) {
    return standing.ofSubject(person.getSubject()).mayTakePart();
  }

  public Optional<Person> byUsername(String username) {
    return people.findByUsername(username);
  }

  /**
   * The pairings of the cohort that have not ended: a paused one keeps its people's place under the
   * one-pairing-per-cohort rule, as it will be resumed.
   */
  public List<Pairing> activeIn(UUID cohortId) {
    return em.createNamedQuery(Pairing.ONGOING_IN_COHORT, Pairing.class)
        .setParameter("cohort", cohortId)
        .setParameter("ended", PairingState.ENDED)
        .getResultList();
  }
}
