package com.srm.mentoring.privacy.control;

import com.srm.mentoring.escalation.entity.Concern;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.PersonDeactivated;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.privacy.entity.ErasureReport;
import com.srm.mentoring.privacy.entity.ErasureReport.Kept;
import com.srm.mentoring.privacy.entity.ErasureReport.Part;
import com.srm.mentoring.session.entity.Session;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Erases or anonymises what the product holds about one person, in the caller's transaction, and
 * says kind by kind what it kept and why (docs/privacy.md, data requests). Kept are: concerns on
 * legal hold, with what the person wrote on them; signatures and withdrawals, append-only evidence
 * in a hash chain; and the access log, append-only, chained and holding no content.
 */
@Dependent
public class PersonalDataEraser {

  static final String TOPICS = "DELETE FROM Topic t WHERE t.key.subject = :me";
  static final String NOTES = "DELETE FROM FeedbackNote n WHERE n.author = :me";
  static final String OBJECTIVES =
      "SELECT p FROM Pairing p WHERE p.mentee = :me AND p.objective IS NOT NULL";
  static final String SESSIONS =
      "SELECT s FROM Session s WHERE s.pairingId IN"
          + " (SELECT p.id FROM Pairing p WHERE p.mentor = :me OR p.mentee = :me)";
  static final String RAISED = "SELECT c FROM Concern c WHERE c.reporter = :me";
  static final String WRITTEN_ON =
      "SELECT DISTINCT c FROM Concern c LEFT JOIN c.notes n LEFT JOIN c.transitions t"
          + " WHERE c.reporter <> :me AND (n.author = :me OR t.actor = :me)";
  static final String SIGNATURES = "SELECT COUNT(s) FROM Signature s WHERE s.subject = :me";
  static final String WITHDRAWALS = "SELECT COUNT(w) FROM Withdrawal w WHERE w.subject = :me";
  static final String LOG = "SELECT COUNT(e) FROM AccessLogEntry e WHERE e.subject = :me";

  @PersistenceContext EntityManager em;

  @Inject Event<PersonDeactivated> deactivations;

  public ErasureReport erase(Person person, Instant now) {
    String me = person.getSubject();
    String username = person.getUsername();
    List<Part> parts = new ArrayList<>();
    parts.add(Part.erased("topics", bulk(TOPICS, me)));
    parts.add(Part.erased("feedback-notes", bulk(NOTES, me)));
    parts.add(
        Part.erased(
            "objectives",
            (int)
                list(OBJECTIVES, Pairing.class, me).stream()
                    .filter(Pairing::eraseObjective)
                    .count()));
    parts.add(
        Part.erased(
            "agenda-items",
            list(SESSIONS, Session.class, me).stream().mapToInt(s -> s.eraseAgendaOf(me)).sum()));
    parts.add(raised(list(RAISED, Concern.class, me), now));
    parts.add(writtenOn(list(WRITTEN_ON, Concern.class, me), me));
    parts.add(Part.kept("signatures", count(SIGNATURES, me), Kept.SIGNATURE_EVIDENCE));
    parts.add(Part.kept("withdrawals", count(WITHDRAWALS, me), Kept.SIGNATURE_EVIDENCE));
    parts.add(Part.kept("access-log-entries", count(LOG, me), Kept.ACCESS_LOG));
    person.erase(now);
    parts.add(Part.erased("profile", 1));
    // ends the person's ongoing pairings and forgets their cached sign-in, as a deactivation does
    deactivations.fire(new PersonDeactivated(me));
    return new ErasureReport(username, now, parts);
  }

  /** The concerns the person raised: erased like after retention, unless on legal hold. */
  private static Part raised(List<Concern> concerns, Instant now) {
    return unlessOnHold(
        "concerns-raised",
        concerns,
        concern -> {
          if (concern.getErasedAt() == null) {
            concern.erase(now);
          }
          return 1;
        });
  }

  /** What the person wrote on other people's concerns, as a contact: kept where on legal hold. */
  private static Part writtenOn(List<Concern> concerns, String me) {
    return unlessOnHold("concern-notes", concerns, concern -> concern.eraseWrittenBy(me));
  }

  /**
   * Erases from each concern not on legal hold and counts the held ones as kept: a hold stops every
   * erasure, whoever asks for it.
   *
   * @param erase erases from one concern, answering how many items it erased
   */
  private static Part unlessOnHold(
      String part, List<Concern> concerns, ToIntFunction<Concern> erase) {
    int erased = 0;
    int kept = 0;
    for (Concern concern : concerns) {
      if (concern.isOnHold()) {
        kept++;
      } else {
        erased += erase.applyAsInt(concern);
      }
    }
    return new Part(part, erased, kept, kept == 0 ? null : Kept.LEGAL_HOLD);
  }

  private <T> List<T> list(String query, Class<T> type, String me) {
    return em.createQuery(query, type).setParameter("me", me).getResultList();
  }

  private int bulk(String statement, String me) {
    return em.createQuery(statement).setParameter("me", me).executeUpdate();
  }

  private int count(String query, String me) {
    return em.createQuery(query, Long.class).setParameter("me", me).getSingleResult().intValue();
  }
}
