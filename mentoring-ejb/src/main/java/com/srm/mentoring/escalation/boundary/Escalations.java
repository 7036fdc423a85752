package com.srm.mentoring.escalation.boundary;

import static com.srm.mentoring.escalation.control.ConcernAccess.CONCERN;

import com.srm.mentoring.audit.control.AccessRecords;
import com.srm.mentoring.escalation.control.ConcernAccess;
import com.srm.mentoring.escalation.control.ConcernMail;
import com.srm.mentoring.escalation.control.EscalationSettings;
import com.srm.mentoring.escalation.entity.Concern;
import com.srm.mentoring.escalation.entity.Notification;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.entity.Action;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.pulse.entity.CheckInRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens to concerns without anyone acting: overdue ones are handed to the next step's
 * contacts, check-in requests of the micro-questions become step-1 concerns, and content is erased
 * once retention ended. Every node runs these; each row is claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so that whichever node comes first does it, once.
 */
@Stateless
@PermitAll
public class Escalations {

  private static final Logger LOG = Logger.getLogger(Escalations.class.getName());

  /** Rows one round claims, so that a round's transaction stays short. */
  public static final int BATCH = 50;

  /** How long an overdue concern that nobody may take at the next step is left before a retry. */
  static final Duration RETRY_REFUSED_HANDOVER = Duration.ofHours(1);

  @PersistenceContext EntityManager em;

  @Inject ProgramClock clock;

  @Inject ConcernAccess access;

  @Inject EscalationSettings settings;

  @Inject ConcernMail mail;

  @Inject AccessRecords log;

  /** Hands each overdue concern on to the next step and notifies its new owner. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int escalateDue() {
    Instant now = clock.now();
    List<UUID> due =
        claim(
            "SELECT id FROM concern WHERE deadline <= ?1"
                + " AND state IN ('STEP_1', 'STEP_2', 'STEP_3')"
                + " AND (handover_refused_at IS NULL OR handover_refused_at <= ?2)"
                + " ORDER BY deadline LIMIT "
                + BATCH
                + " FOR UPDATE SKIP LOCKED",
            now,
            now.minus(RETRY_REFUSED_HANDOVER));
    for (UUID id : due) {
      Concern concern = em.find(Concern.class, id);
      try {
        String owner =
            concern.escalate(access.contactsOf(concern.getCohortId()), settings.deadlines(), now);
        log.changed(Action.UPDATE, CONCERN, id.toString());
        if (owner != null) {
          em.persist(new Notification(owner, id, now));
          mail.concernNeeds(owner, id);
        }
      } catch (Refusal e) {
        if (e.kind() != Refusal.Kind.CONFLICT) {
          throw e;
        }
        // nobody left who could own the next step: it stays, and is claimed again only after
        // RETRY_REFUSED_HANDOVER, in case the cohort's contacts changed meanwhile
        concern.handoverRefused(now);
        LOG.log(
            Level.WARNING,
            "Concern {0} cannot be handed on: {1}; trying again in {2}",
            new Object[] {id, e.getMessage(), RETRY_REFUSED_HANDOVER});
      }
    }
    return due.size();
  }

  /**
   * Hands on each open step whose owner can no longer read the concern: they lost the
   * escalation-contact role, are no longer named on the cohort, were deactivated or hold a
   * conflicting role. The step passes to a remaining reader, who is notified; where none remains,
   * only the reporter is told.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int rehomeOrphaned() {
    Instant now = clock.now();
    List<UUID> orphaned =
        claim(
            "SELECT c.id FROM concern c WHERE c.state IN ('STEP_1', 'STEP_2', 'STEP_3')"
                + " AND c.owner_subject IS NOT NULL AND NOT ("
                + " EXISTS (SELECT 1 FROM concern_reader x WHERE x.concern_id = c.id"
                + "  AND x.subject = c.owner_subject)"
                + " AND EXISTS (SELECT 1 FROM cohort_escalation_contact e"
                + "  WHERE e.cohort_id = c.cohort_id AND e.subject = c.owner_subject)"
                + " AND EXISTS (SELECT 1 FROM person p WHERE p.subject = c.owner_subject"
                + "  AND p.active)"
                + " AND EXISTS (SELECT 1 FROM person_role r WHERE r.subject = c.owner_subject"
                + "  AND r.role = 'escalation-contact')"
                + " AND (SELECT count(*) FROM person_role r WHERE r.subject = c.owner_subject"
                + "  AND r.role IN ('hr-admin', 'escalation-contact', 'auditor')) = 1"
                + " AND (c.state <> 'STEP_1' OR (EXISTS (SELECT 1 FROM cohort_facilitator f"
                + "  WHERE f.cohort_id = c.cohort_id AND f.subject = c.owner_subject)"
                + "  AND EXISTS (SELECT 1 FROM person_role r WHERE r.subject = c.owner_subject"
                + "  AND r.role = 'facilitator'))))"
                + " LIMIT "
                + BATCH
                + " FOR UPDATE OF c SKIP LOCKED");
    for (UUID id : orphaned) {
      Concern concern = em.find(Concern.class, id);
      String before = concern.getOwner();
      Optional<String> owner =
          concern.rehome(access.contactsOf(concern.getCohortId()), settings.deadlines(), now);
      if (owner.filter(before::equals).isPresent()) {
        continue;
      }
      log.changed(Action.UPDATE, CONCERN, id.toString());
      owner.ifPresent(
          next -> {
            em.persist(new Notification(next, id, now));
            mail.concernNeeds(next, id);
          });
    }
    return orphaned.size();
  }

  /** Opens each waiting check-in request as a step-1 concern in the requester's name. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int openCheckIns() {
    Instant now = clock.now();
    List<UUID> waiting =
        claim(
            "SELECT id FROM pulse_check_in WHERE NOT opened"
                + " LIMIT "
                + BATCH
                + " FOR UPDATE SKIP LOCKED");
    for (UUID id : waiting) {
      CheckInRequest request = em.find(CheckInRequest.class, id);
      Pairing pairing = em.find(Pairing.class, request.getPairingId());
      Concern concern;
      try {
        concern =
            new Concern(
                request.getCohortId(),
                request.getPairingId(),
                request.getSubject(),
                pairing.otherParty(request.getSubject()),
                Concern.CHECK_IN_TITLE,
                "Asked for with the questions after a session, on "
                    + request.getRequestedOn()
                    + ".",
                List.of(),
                access.contactsOf(request.getCohortId()),
                false,
                settings.deadlines(),
                now);
      } catch (Refusal e) {
        // a cohort without contacts yet: the request waits until it has some
        LOG.log(
            Level.WARNING, "Check-in request {0} waits: {1}", new Object[] {id, e.getMessage()});
        continue;
      }
      em.persist(concern);
      request.markOpened();
      log.changed(Action.CREATE, CONCERN, concern.getId().toString());
      if (concern.getOwner() != null) {
        em.persist(new Notification(concern.getOwner(), concern.getId(), now));
        mail.concernNeeds(concern.getOwner(), concern.getId());
      }
    }
    return waiting.size();
  }

  /**
   * Erases the content of concerns whose cohort closed more than the retention period ago, counted
   * from the moment it was actually closed (a cohort marked closed without that moment counts from
   * the end of its planned last day).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int eraseExpired() {
    Instant now = clock.now();
    Instant cutoff = now.minus(settings.retention());
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT c.id FROM concern c JOIN cohort h ON h.id = c.cohort_id"
                    + " WHERE h.state = 'CLOSED'"
                    + " AND COALESCE(h.closed_at, (h.ends_on + 1)::timestamp AT TIME ZONE 'UTC')"
                    + " <= ?1"
                    + " AND c.erased_at IS NULL AND c.hold_reason IS NULL"
                    + " LIMIT "
                    + BATCH
                    + " FOR UPDATE OF c SKIP LOCKED")
            .setParameter(1, cutoff)
            .getResultList();
    for (Object id : ids) {
      Concern concern = em.find(Concern.class, (UUID) id);
      concern.erase(now);
      log.changed(Action.DELETE, CONCERN, id.toString());
    }
    return ids.size();
  }

  @SuppressWarnings("unchecked")
  private List<UUID> claim(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return (List<UUID>) query.getResultList();
  }
}
