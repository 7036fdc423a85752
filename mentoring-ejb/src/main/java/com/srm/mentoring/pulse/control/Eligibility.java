package com.srm.mentoring.pulse.control;

import com.srm.mentoring.pairing.entity.CohortState;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.PairingState;
import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.entity.Refusal;
import com.srm.mentoring.session.entity.Session;
import com.srm.mentoring.session.entity.SessionState;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who may answer a held session's micro-questions (docs/rules.md, micro-questions), written once:
 * each {@link Condition} is one JPQL predicate over the session {@code s}, its pairing {@code p}
 * and its cohort {@code c}, for the person {@code :me}. Listing the questions waiting for someone
 * asks all of them at once; answering asks each of them for the one session, and is refused for the
 * first that fails, with its reason. Whoever is shown a session's questions may answer them, and
 * whoever may not is never shown them.
 */
@Dependent
public class Eligibility {

  /** The conditions, in the order in which a refusal names the first one that fails. */
  public enum Condition {
    PARTY(
        "(p.mentor = :me OR p.mentee = :me)", Refusal.Kind.FORBIDDEN, "refusal.pulse.partiesOnly"),
    NOT_PAUSED("p.state <> :paused", Refusal.Kind.CONFLICT, "refusal.pulse.paused"),
    HELD("s.state = :held", Refusal.Kind.CONFLICT, "refusal.pulse.notHeld"),
    ATTENDED(":me MEMBER OF s.attendance", Refusal.Kind.FORBIDDEN, "refusal.pulse.notAttended"),
    OPEN(
        "s.closedAt > :since AND c.state <> :closed",
        Refusal.Kind.CONFLICT,
        "refusal.pulse.closed"),
    NOT_ANSWERED(
        "NOT EXISTS (SELECT x FROM Participation x WHERE x.subject = :me AND x.sessionId = s.id)",
        Refusal.Kind.CONFLICT,
        "refusal.pulse.answered");

    final String predicate;
    final Refusal.Kind kind;
    final String key;

    Condition(String predicate, Refusal.Kind kind, String key) {
      this.predicate = predicate;
      this.kind = kind;
      this.key = key;
    }

    /** How a refusal for this condition answers: 403 for someone not at the session, else 409. */
    public Refusal.Kind kind() {
      return kind;
    }
  }

  /** A session and its pairing, joined with its cohort. */
  static final String JOINED =
      " FROM Session s, Pairing p, Cohort c WHERE p.id = s.pairingId AND c.id = p.cohortId";

  /** Every condition at once: the sessions whose questions the person may answer. */
  static final String ALL =
      Arrays.stream(Condition.values())
          .map(condition -> condition.predicate)
          .collect(Collectors.joining(" AND "));

  /** Each condition for one session, in order, as 1 when it holds. */
  static final String EACH =
      Arrays.stream(Condition.values())
          .map(condition -> "CASE WHEN " + condition.predicate + " THEN 1 ELSE 0 END")
          .collect(Collectors.joining(", "));

  @PersistenceContext EntityManager em;

  @Inject ProgramClock clock;

  @Inject PulseSettings settings;

  /** A session whose questions wait for the person, with its pairing. */
  public record Waiting(Session session, Pairing pairing) {}

  /** The held sessions whose questions the person may answer now, oldest first. */
  public List<Waiting> waiting(String me) {
    List<Waiting> waiting = new ArrayList<>();
    for (Object[] row :
        bind(
                em.createQuery(
                    "SELECT s, p" + JOINED + " AND " + ALL + " ORDER BY s.closedAt",
                    Object[].class),
                me)
            .getResultList()) {
      waiting.add(new Waiting((Session) row[0], (Pairing) row[1]));
    }
    return waiting;
  }

  /** The first condition the person fails for the session; empty when they may answer it. */
  public Optional<Condition> firstFailed(UUID session, String me) {
    Object[] held =
        bind(em.createQuery("SELECT " + EACH + JOINED + " AND s.id = :session", Object[].class), me)
            .setParameter("session", session)
            .getSingleResult();
    for (Condition condition : Condition.values()) {
      if (((Number) held[condition.ordinal()]).intValue() != 1) {
        return Optional.of(condition);
      }
    }
    return Optional.empty();
  }

  /**
   * @throws Refusal naming the first condition the person fails for the session
   */
  public void require(Session session, String me) {
    Optional<Condition> failed = firstFailed(session.getId(), me);
    if (failed.isPresent()) {
      throw refusal(failed.get(), session);
    }
  }

  /** The refusal for the condition, in the words the person reads. */
  public Refusal refusal(Condition condition, Session session) {
    return condition == Condition.OPEN
        ? Refusal.of(
            condition.kind,
            "session",
            condition.key,
            String.valueOf(LocalDate.ofInstant(closes(session), ZoneOffset.UTC)))
        : Refusal.of(condition.kind, "session", condition.key);
  }

  /** When the session's questions close: the window after it was marked held. */
  public Instant closes(Session session) {
    return session.getClosedAt().plus(settings.window());
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query, String me) {
    return query
        .setParameter("me", me)
        .setParameter("paused", PairingState.PAUSED)
        .setParameter("held", SessionState.HELD)
        .setParameter("since", clock.now().minus(settings.window()))
        .setParameter("closed", CohortState.CLOSED);
  }
}
