package com.srm.mentoring.pulse.control;

import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.SealedBoxes;
import com.srm.mentoring.platform.control.SealedBoxes.Box;
import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.IsoWeek;
import com.srm.mentoring.pulse.entity.RespondentRole;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves answers on, one cohort and role (a group) at a time: from the inbox, where answering leaves
 * them sealed, to the holding table; from there to the answer table in a batch, or away.
 *
 * <p>Each group has a PostgreSQL advisory lock. Answering takes it shared, so answers come in side
 * by side; mixing and settling take it exclusively and only if it is free at once ({@code
 * pg_try_advisory_xact_lock}): a node that finds it taken leaves the group to whoever holds it, or
 * to its next round. Under the exclusive lock the pending participation rows of a group and its
 * holding and inbox rows are exactly the same answers, so counting people in the one tells how many
 * stand behind the other.
 *
 * <p>No transaction here writes a value in the clear beside a row naming a person: answering seals
 * the answer ({@link Envelopes}) into the inbox ({@link SealedBoxes}); mixing writes holding rows
 * and touches no participation row; settling marks participation rows and seals the batch into the
 * outbox; publishing opens the batch into the answer table and touches no participation row. See
 * docs/privacy.md.
 */
@Dependent
public class Batches {

  /**
   * The first key of the pulse's advisory locks; the second is {@code hashtext} of {@link
   * #lockName}. Whoever holds a group's lock shared, as answering does, holds its release back.
   */
  public static final int LOCK_SPACE = 0x70756c73;

  @PersistenceContext EntityManager em;

  @Inject ProgramClock clock;

  @Inject AnswerRows rows;

  @Inject SealedBoxes boxes;

  /**
   * Where an answer arrives, sealed ({@link Envelopes}), in the transaction that records who gave
   * it, so that nothing written beside the person's participation row says what they answered.
   */
  static final Box INBOX = Box.of("pulse_inbox");

  /**
   * Where a released batch waits, sealed with the week of its release, between the transaction that
   * settles its people's participation and the one that writes its answers.
   */
  static final Box OUTBOX = Box.tagged("pulse_outbox", "iso_week");

  /**
   * How many different people must stand behind a group's waiting answers before they leave the
   * sealed inbox for the holding table: with fewer, every holding row would be the one waiting
   * person's, and reading the table would tell what they answered.
   */
  public static final int MIXED_FROM_PEOPLE = 2;

  /** One cohort and side of its pairings. */
  public record Group(UUID cohort, RespondentRole role) {}

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

  /** How many different people have answers of the group waiting. */
  private long peopleWaiting(UUID cohort, RespondentRole role) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(DISTINCT person_subject) FROM pulse_participation"
                        + " WHERE cohort_id = CAST(?1 AS uuid) AND respondent_role = ?2 AND pending")
                .setParameter(1, cohort.toString())
                .setParameter(2, role.name())
                .getSingleResult())
        .longValue();
  }

  /** Every group with answers in the inbox, waiting to be mixed into the holding table. */
  public List<Group> unmixed() {
    return boxes.groups(INBOX).stream()
        .map(g -> new Group(g.cohort(), RespondentRole.valueOf(g.side())))
        .toList();
  }

  /** The released batches not yet written into the answer table. */
  public List<UUID> outbox() {
    return boxes.ids(OUTBOX);
  }

  /**
   * Waits for any mixing or release of the group to finish; answering holds it until it commits.
   */
  public void lockShared(UUID cohort, RespondentRole role) {
    em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock_shared(?1, hashtext(?2)) AS text)")
        .setParameter(1, LOCK_SPACE)
        .setParameter(2, lockName(cohort, role))
        .getSingleResult();
  }

  /**
   * Puts an answer into the group's inbox, sealed; the caller holds the group's lock shared and
   * writes the participation row in the same transaction.
   */
  public void post(UUID cohort, RespondentRole role, Answer answer) {
    boxes.put(INBOX, cohort, role.name(), Envelopes.seal(List.of(answer)));
  }

  /**
   * Opens the group's inbox into its holding rows, and writes all of them again, old and new, with
   * fresh keys in the order of the keys: every waiting answer of the group then carries this
   * transaction's id, and none lies where its arrival put it. Touches no participation row. Leaves
   * the inbox sealed while fewer than {@link #MIXED_FROM_PEOPLE} people have answers waiting.
   *
   * @return false when another node holds the group
   */
  public boolean mix(UUID cohort, RespondentRole role) {
    if (!tryLock(cohort, role)) {
      return false;
    }
    if (peopleWaiting(cohort, role) < MIXED_FROM_PEOPLE) {
      // answers of one person alone would be theirs in the clear, however they were written
      return true;
    }
    List<Answer> arrived = takeInbox(cohort, role);
    if (!arrived.isEmpty()) {
      List<Answer> waiting = takeHolding(cohort, role);
      waiting.addAll(arrived);
      rows.hold(cohort, role, waiting);
    }
    return true;
  }

  /**
   * Releases or discards the group if, counted again under its lock, the plan says so. A release
   * takes the holding rows and whatever the inbox still has, seals them as one batch into the
   * outbox and settles the group's participation; {@link #publish} writes the batch out.
   *
   * @return what was done; empty when another node holds the group
   */
  public Optional<ReleasePlan.Decision> settle(UUID cohort, RespondentRole role) {
    if (!tryLock(cohort, role)) {
      return Optional.empty();
    }
    Optional<ReleasePlan.Waiting> group =
        waiting().stream().filter(g -> g.cohort().equals(cohort) && g.role() == role).findFirst();
    if (group.isEmpty()) {
      return Optional.of(ReleasePlan.Decision.WAIT);
    }
    ReleasePlan.Decision decision = ReleasePlan.decide(group.get());
    if (decision == ReleasePlan.Decision.RELEASE) {
      List<Answer> batch = takeHolding(cohort, role);
      batch.addAll(takeInbox(cohort, role));
      boxes.put(OUTBOX, cohort, role.name(), IsoWeek.of(clock.today()), Envelopes.seal(batch));
      settleParticipation(cohort, role);
    } else if (decision == ReleasePlan.Decision.DISCARD) {
      takeHolding(cohort, role);
      takeInbox(cohort, role);
      settleParticipation(cohort, role);
    }
    return Optional.of(decision);
  }

  /**
   * Writes a released batch into the answer table, with fresh keys in the order of the keys, and
   * takes it out of the outbox. Touches no participation row.
   *
   * @return false when the batch is gone or another node is writing it
   */
  public boolean publish(UUID batch) {
    Optional<SealedBoxes.Envelope> taken = boxes.take(OUTBOX, batch);
    taken.ifPresent(
        b ->
            rows.release(
                b.cohort(), RespondentRole.valueOf(b.side()), b.tag(), Envelopes.open(b.sealed())));
    return taken.isPresent();
  }

  /** Deletes the group's envelopes in the inbox and answers what they held. */
  private List<Answer> takeInbox(UUID cohort, RespondentRole role) {
    List<Answer> answers = new ArrayList<>();
    for (String sealed : boxes.take(INBOX, cohort, role.name())) {
      answers.addAll(Envelopes.open(sealed));
    }
    return answers;
  }

  private boolean tryLock(UUID cohort, RespondentRole role) {
    return Boolean.TRUE.equals(
        em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1, hashtext(?2))")
            .setParameter(1, LOCK_SPACE)
            .setParameter(2, lockName(cohort, role))
            .getSingleResult());
  }

  /** Deletes the group's holding rows and answers what they held. */
  private List<Answer> takeHolding(UUID cohort, RespondentRole role) {
    List<Answer> answers = new ArrayList<>();
    for (Object item :
        em.createNativeQuery(
                "DELETE FROM pulse_holding WHERE cohort_id = CAST(?1 AS uuid)"
                    + " AND respondent_role = ?2"
                    + " RETURNING spoke_openly, felt_heard, would_recommend")
            .setParameter(1, cohort.toString())
            .setParameter(2, role.name())
            .getResultList()) {
      Object[] values = (Object[]) item;
      answers.add(
          new Answer(
              ((Number) values[0]).intValue(),
              ((Number) values[1]).intValue(),
              ((Number) values[2]).intValue()));
    }
    return answers;
  }

  /** The group's participation stops being pending: its answers are released or discarded. */
  private void settleParticipation(UUID cohort, RespondentRole role) {
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
