package com.srm.mentoring.pulse.control;

import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.pulse.entity.IsoWeek;
import com.srm.mentoring.pulse.entity.RespondentRole;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves waiting answers into the answer table, or discards them, one cohort and role at a time.
 *
 * <p>Each group has a PostgreSQL advisory lock. Answering takes it shared, so answers come in side
 * by side; a release takes it exclusively and only if it is free at once ({@code
 * pg_try_advisory_xact_lock}): a node that finds it taken leaves the group to whoever holds it, or
 * to its next round. Under the exclusive lock the holding rows and the pending participation rows
 * of a group are exactly the same answers, so counting people in the one tells how many stand
 * behind the other.
 */
@Dependent
public class Batches {

  /**
   * The first key of the pulse's advisory locks; the second is {@code hashtext} of {@link
   * #lockName}. Whoever holds a group's lock shared, as answering does, holds its release back.
   */
  public static final int LOCK_SPACE = 0x70756c73;

  private static final SecureRandom SHUFFLE = new SecureRandom();

  @PersistenceContext EntityManager em;

  @Inject ProgramClock clock;

  /** Every group with waiting answers, with its cohort's k and state. */
  public List<ReleasePlan.Waiting> waiting() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT CAST(p.cohort_id AS text), p.respondent_role,"
                    + " count(DISTINCT p.person_subject), c.anonymity_threshold,"
                    + " c.state = 'CLOSED' FROM pulse_participation p"
                    + " JOIN cohort c ON c.id = p.cohort_id WHERE p.pending"
                    + " GROUP BY p.cohort_id, p.respondent_role, c.anonymity_threshold, c.state")
            .getResultList();
    List<ReleasePlan.Waiting> groups = new ArrayList<>();
    for (Object item : rows) {
      Object[] row = (Object[]) item;
      groups.add(
          new ReleasePlan.Waiting(
              UUID.fromString((String) row[0]),
              RespondentRole.valueOf((String) row[1]),
              ((Number) row[2]).longValue(),
              ((Number) row[3]).intValue(),
              (Boolean) row[4]));
    }
    return groups;
  }

  /** Waits for any release of the group to finish; answering holds it until it commits. */
  public void lockShared(UUID cohort, RespondentRole role) {
    em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock_shared(?1, hashtext(?2)) AS text)")
        .setParameter(1, LOCK_SPACE)
        .setParameter(2, lockName(cohort, role))
        .getSingleResult();
  }

  /**
   * Releases or discards the group if, counted again under its lock, the plan says so.
   *
   * @return what was done; empty when another node holds the group
   */
  public Optional<ReleasePlan.Decision> settle(UUID cohort, RespondentRole role) {
    Boolean locked =
        (Boolean)
            em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, LOCK_SPACE)
                .setParameter(2, lockName(cohort, role))
                .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return Optional.empty();
    }
    Optional<ReleasePlan.Waiting> group =
        waiting().stream().filter(g -> g.cohort().equals(cohort) && g.role() == role).findFirst();
    if (group.isEmpty()) {
      return Optional.of(ReleasePlan.Decision.WAIT);
    }
    ReleasePlan.Decision decision = ReleasePlan.decide(group.get());
    if (decision == ReleasePlan.Decision.RELEASE) {
      release(cohort, role);
    } else if (decision == ReleasePlan.Decision.DISCARD) {
      discard(cohort, role);
    }
    return Optional.of(decision);
  }

  private void release(UUID cohort, RespondentRole role) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT spoke_openly, felt_heard, would_recommend FROM pulse_holding"
                    + " WHERE cohort_id = CAST(?1 AS uuid) AND respondent_role = ?2")
            .setParameter(1, cohort.toString())
            .setParameter(2, role.name())
            .getResultList();
    List<Object[]> answers = new ArrayList<>();
    rows.forEach(row -> answers.add((Object[]) row));
    Collections.shuffle(answers, SHUFFLE);
    String week = IsoWeek.of(clock.today());
    for (Object[] values : answers) {
      em.createNativeQuery(
              "INSERT INTO pulse_answer (id, cohort_id, respondent_role, iso_week, spoke_openly,"
                  + " felt_heard, would_recommend)"
                  + " VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3, ?4, ?5, ?6, ?7)")
          .setParameter(1, UUID.randomUUID().toString())
          .setParameter(2, cohort.toString())
          .setParameter(3, role.name())
          .setParameter(4, week)
          .setParameter(5, ((Number) values[0]).intValue())
          .setParameter(6, ((Number) values[1]).intValue())
          .setParameter(7, ((Number) values[2]).intValue())
          .executeUpdate();
    }
    discard(cohort, role);
  }

  /** Empties the group's holding rows and marks its participation settled. */
  private void discard(UUID cohort, RespondentRole role) {
    em.createNativeQuery(
            "DELETE FROM pulse_holding WHERE cohort_id = CAST(?1 AS uuid) AND respondent_role = ?2")
        .setParameter(1, cohort.toString())
        .setParameter(2, role.name())
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE pulse_participation SET pending = false"
                + " WHERE cohort_id = CAST(?1 AS uuid) AND respondent_role = ?2 AND pending")
        .setParameter(1, cohort.toString())
        .setParameter(2, role.name())
        .executeUpdate();
  }

  public static String lockName(UUID cohort, RespondentRole role) {
    return "pulse:" + cohort + ":" + role.name();
  }
}
