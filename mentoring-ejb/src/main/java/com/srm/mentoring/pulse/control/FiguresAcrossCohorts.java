package com.srm.mentoring.pulse.control;

import com.srm.mentoring.pairing.entity.Cohort;
import com.srm.mentoring.pulse.entity.CohortPulse;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The micro-questions' figures across all cohorts, as HR may see them. A cell across cohorts takes
 * the largest k of them, and is checked against every cohort's cells as those are shown on the
 * cohorts' own pages: one rule, wherever the figures across cohorts appear.
 */
@Dependent
public class FiguresAcrossCohorts {

  @PersistenceContext EntityManager em;

  @Inject Tallies tallies;

  public CohortPulse shown() {
    Map<UUID, Integer> thresholds = new HashMap<>();
    for (Cohort cohort : em.createNamedQuery(Cohort.ALL, Cohort.class).getResultList()) {
      thresholds.put(cohort.getId(), cohort.getAnonymityThreshold());
    }
    int largest =
        thresholds.values().stream()
            .mapToInt(Integer::intValue)
            .max()
            .orElse(Cohort.DEFAULT_THRESHOLD);
    return new CohortPulse(
        null,
        null,
        largest,
        Suppression.apply(
                tallies.acrossCohorts(),
                key ->
                    key.cohort() == null ? largest : thresholds.getOrDefault(key.cohort(), largest))
            .stream()
            .filter(figure -> figure.key().cohort() == null)
            .toList());
  }
}
