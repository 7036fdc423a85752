package com.srm.mentoring.pulse.control;

import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.Roles;
import com.srm.mentoring.pairing.control.PairingAccess;
import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.platform.entity.Action;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * Who may see a cohort's micro-question figures, and who may follow who has not answered
 * (docs/rules.md, micro-questions): its facilitators see both; HR and the people paired in it see
 * its figures. Auditors, and everyone else, are told the cohort does not exist, and it is logged.
 */
@Dependent
public class PulseAudience {

  @PersistenceContext EntityManager em;

  @Inject PairingAccess access;

  /**
   * The cohort, if the caller may see its figures (or, with {@code facilitatorsOnly}, its
   * participation); otherwise "not found", logged as a read of the record type.
   */
  public Cohort readable(UUID id, Person me, String recordType, boolean facilitatorsOnly) {
    Cohort cohort = id == null ? null : em.find(Cohort.class, id);
    if (cohort == null || !maySee(cohort, me, facilitatorsOnly)) {
      throw access.refuse(Action.READ, recordType, id);
    }
    return cohort;
  }

  /** Whether the person facilitates the cohort, and so may follow who has not answered. */
  public boolean facilitates(UUID cohortId, Person me) {
    Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
    return cohort != null && cohort.isFacilitatedBy(me);
  }

  private boolean maySee(Cohort cohort, Person me, boolean facilitatorsOnly) {
    String subject = me.getSubject();
    if (cohort.isFacilitatedBy(me)) {
      return true;
    }
    if (facilitatorsOnly || me.holdsAnyOf(List.of(Roles.AUDITOR))) {
      return false;
    }
    return PairingAccess.isHr(me)
        || !em.createQuery(
                "SELECT p.id FROM Pairing p WHERE p.cohortId = :cohort"
                    + " AND (p.mentor = :me OR p.mentee = :me)",
                UUID.class)
            .setParameter("cohort", cohort.getId())
            .setParameter("me", subject)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }
}
