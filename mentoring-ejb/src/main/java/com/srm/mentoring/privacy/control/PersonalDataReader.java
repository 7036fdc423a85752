package com.srm.mentoring.privacy.control;

import com.srm.mentoring.audit.entity.AccessLogEntry;
import com.srm.mentoring.charter.entity.Signature;
import com.srm.mentoring.charter.entity.Withdrawal;
import com.srm.mentoring.escalation.entity.Concern;
import com.srm.mentoring.identity.control.PersonRecords;
import com.srm.mentoring.identity.entity.Person;
import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.Topic;
import com.srm.mentoring.privacy.entity.PersonalData;
import com.srm.mentoring.privacy.entity.PersonalData.AgendaRecord;
import com.srm.mentoring.privacy.entity.PersonalData.ConcernNoteRecord;
import com.srm.mentoring.privacy.entity.PersonalData.ConcernRecord;
import com.srm.mentoring.privacy.entity.PersonalData.LogRecord;
import com.srm.mentoring.privacy.entity.PersonalData.NoteRecord;
import com.srm.mentoring.privacy.entity.PersonalData.PairingRecord;
import com.srm.mentoring.privacy.entity.PersonalData.Profile;
import com.srm.mentoring.privacy.entity.PersonalData.SessionRecord;
import com.srm.mentoring.privacy.entity.PersonalData.SignatureRecord;
import com.srm.mentoring.privacy.entity.PersonalData.TopicRecord;
import com.srm.mentoring.privacy.entity.PersonalData.WithdrawalRecord;
import com.srm.mentoring.session.entity.FeedbackNote;
import com.srm.mentoring.session.entity.Session;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads everything held about one person in one query per kind of record, names resolved in one
 * more. Sealed content (feedback notes, concerns) opens as the entities load it; only records the
 * person wrote or raised are read, so nothing sealed of anyone else's is opened.
 */
@Dependent
public class PersonalDataReader {

  static final String WITHDRAWALS =
      "SELECT w FROM Withdrawal w WHERE w.subject = :me ORDER BY w.withdrawnAt";
  static final String PAIRINGS =
      "SELECT p FROM Pairing p WHERE p.mentor = :me OR p.mentee = :me OR p.facilitator = :me"
          + " ORDER BY p.formedAt";
  static final String COHORT_NAMES = "SELECT c.id, c.name FROM Cohort c WHERE c.id IN :ids";
  static final String SESSIONS =
      "SELECT s FROM Session s WHERE s.pairingId IN :pairings ORDER BY s.startsAt";
  static final String NOTES =
      "SELECT n FROM FeedbackNote n WHERE n.author = :me ORDER BY n.writtenAt";
  static final String CONCERNS =
      "SELECT c FROM Concern c WHERE c.reporter = :me ORDER BY c.raisedAt";
  static final String LOG =
      "SELECT e FROM AccessLogEntry e WHERE e.subject = :me ORDER BY e.sequence";

  @PersistenceContext EntityManager em;

  @Inject PersonRecords people;

  public PersonalData of(Person person, Instant now) {
    String me = person.getSubject();
    List<Pairing> pairings = list(PAIRINGS, Pairing.class, me);
    List<UUID> asParty = pairings.stream().filter(p -> p.isParty(me)).map(Pairing::getId).toList();
    List<Session> sessions =
        asParty.isEmpty()
            ? List.of()
            : em.createQuery(SESSIONS, Session.class)
                .setParameter("pairings", asParty)
                .getResultList();
    List<Concern> concerns = list(CONCERNS, Concern.class, me);
    Map<String, PersonName> names = people.names(subjects(pairings, sessions, concerns));
    return new PersonalData(
        now,
        profile(person),
        em.createNamedQuery(Signature.OF_SUBJECT, Signature.class)
            .setParameter("subject", me)
            .getResultStream()
            .map(PersonalDataReader::signature)
            .toList(),
        list(WITHDRAWALS, Withdrawal.class, me).stream()
            .map(w -> new WithdrawalRecord(w.getWithdrawnAt(), w.getReason()))
            .toList(),
        em.createNamedQuery(Topic.OF_SUBJECT, Topic.class)
            .setParameter("subject", me)
            .getResultStream()
            .map(t -> new TopicRecord(t.getKind().name(), t.getTag()))
            .toList(),
        pairings(pairings, sessions, cohortNames(pairings), names, me),
        list(NOTES, FeedbackNote.class, me).stream()
            .map(
                n ->
                    new NoteRecord(
                        n.getId(),
                        n.getPairingId(),
                        n.getFramework().name(),
                        n.getParts(),
                        n.getWrittenAt(),
                        n.getSharedAt()))
            .toList(),
        concerns.stream().map(c -> concern(c, names, me)).toList(),
        list(LOG, AccessLogEntry.class, me).stream().map(PersonalDataReader::entry).toList());
  }

  private <T> List<T> list(String query, Class<T> type, String me) {
    return em.createQuery(query, type).setParameter("me", me).getResultList();
  }

  private static Profile profile(Person p) {
    return new Profile(
        p.getSubject(),
        p.getUsername(),
        p.getDisplayName(),
        p.getDepartment(),
        p.getGrade(),
        p.getManagerUsername(),
        p.getEmail(),
        p.isActive(),
        p.getRoles());
  }

  private static SignatureRecord signature(Signature s) {
    return new SignatureRecord(
        s.getSequence(),
        s.getVersion(),
        s.getDisplayName(),
        s.getSignedAt(),
        s.getAuthenticatedAt(),
        s.getClientIp(),
        s.getUserAgent(),
        s.getHash());
  }

  private static LogRecord entry(AccessLogEntry e) {
    return new LogRecord(
        e.getSequence(),
        e.getOccurredAt(),
        e.getAction(),
        e.getRecordType(),
        e.getRecordId(),
        e.getOutcome().name(),
        e.getClientIp());
  }

  /** Everyone the records name, so that all are named in one query. */
  private static Set<String> subjects(
      List<Pairing> pairings, List<Session> sessions, List<Concern> concerns) {
    return Stream.of(
            pairings.stream()
                .flatMap(p -> Stream.of(p.getMentor(), p.getMentee(), p.getFacilitator())),
            sessions.stream().flatMap(s -> s.getAgenda().stream().map(a -> a.getAuthor())),
            concerns.stream()
                .flatMap(c -> c.notesFor(c.getReporter()).stream().map(n -> n.getAuthor())))
        .flatMap(s -> s)
        .filter(s -> s != null)
        .collect(Collectors.toSet());
  }

  private Map<UUID, String> cohortNames(List<Pairing> pairings) {
    Map<UUID, String> names = new HashMap<>();
    Collection<UUID> ids = pairings.stream().map(Pairing::getCohortId).distinct().toList();
    if (!ids.isEmpty()) {
      em.createQuery(COHORT_NAMES, Object[].class)
          .setParameter("ids", ids)
          .getResultStream()
          .forEach(row -> names.put((UUID) row[0], (String) row[1]));
    }
    return names;
  }

  private static List<PairingRecord> pairings(
      List<Pairing> pairings,
      List<Session> sessions,
      Map<UUID, String> cohorts,
      Map<String, PersonName> names,
      String me) {
    Map<UUID, List<SessionRecord>> byPairing = new HashMap<>();
    for (Session s : sessions) {
      byPairing
          .computeIfAbsent(s.getPairingId(), id -> new ArrayList<>())
          .add(
              new SessionRecord(
                  s.getId(),
                  s.getStartsAt(),
                  s.getPlace(),
                  s.getState().name(),
                  s.getAttendance().contains(me),
                  s.getAgenda().stream()
                      .map(
                          a ->
                              new AgendaRecord(
                                  a.getText(),
                                  name(names, a.getAuthor()),
                                  me.equals(a.getAuthor()),
                                  a.getAddedAt()))
                      .toList()));
    }
    return pairings.stream()
        .map(
            p ->
                new PairingRecord(
                    p.getId(),
                    cohorts.get(p.getCohortId()),
                    role(p, me),
                    name(names, p.getMentor()),
                    name(names, p.getMentee()),
                    name(names, p.getFacilitator()),
                    p.getState().name(),
                    p.getFormedAt(),
                    p.getEndedAt(),
                    p.isParty(me) ? p.getObjective() : null,
                    byPairing.getOrDefault(p.getId(), List.of())))
        .toList();
  }

  private static String role(Pairing p, String me) {
    if (me.equals(p.getMentor())) {
      return "MENTOR";
    }
    return me.equals(p.getMentee()) ? "MENTEE" : "FACILITATOR";
  }

  private static ConcernRecord concern(Concern c, Map<String, PersonName> names, String me) {
    return new ConcernRecord(
        c.getId(),
        c.getPairingId(),
        c.getTitle(),
        c.getDescription(),
        c.getState().name(),
        c.getRaisedAt(),
        c.getErasedAt(),
        c.notesFor(me).stream()
            .map(n -> new ConcernNoteRecord(name(names, n.getAuthor()), n.getBody(), n.getAt()))
            .toList());
  }

  private static String name(Map<String, PersonName> names, String subject) {
    return subject == null ? null : names.getOrDefault(subject, PersonName.UNKNOWN).displayName();
  }
}
