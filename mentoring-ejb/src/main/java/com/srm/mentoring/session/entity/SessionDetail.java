package com.srm.mentoring.session.entity;

import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.PairingPart;
import com.srm.mentoring.platform.entity.HasRecordId;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A session as one reader of its pairing sees it: the agenda and attendance named, the pairing's
 * three people to mark attendance among, and what the reader may do with it (docs/rules.md,
 * sessions).
 *
 * @param attended who attended, by display name
 * @param openingScript the facilitator's opening script from the charter in force; null for anyone
 *     but the pairing's facilitator
 * @param you the reader's part in the pairing, or null for HR
 * @param mayAddToAgenda a party, while it is planned and has not started
 * @param mayMarkHeld one of the pairing's people, while it is planned; so {@code mayCancel}
 */
public record SessionDetail(
    UUID id,
    UUID pairingId,
    Instant startsAt,
    String place,
    SessionState state,
    List<AgendaEntry> agenda,
    List<PersonName> attended,
    PersonName mentor,
    PersonName mentee,
    PersonName facilitator,
    String openingScript,
    long version,
    PairingPart you,
    boolean mayAddToAgenda,
    boolean mayMarkHeld,
    boolean mayCancel)
    implements HasRecordId, Serializable {

  /** A point on the agenda and who added it. */
  public record AgendaEntry(PersonName author, String text, Instant addedAt)
      implements Serializable {}

  /** Everyone a reader of the session sees named: the pairing's people, authors, attendees. */
  public static List<String> subjects(Session s, Pairing p) {
    List<String> subjects = new java.util.ArrayList<>();
    subjects.add(p.getMentor());
    subjects.add(p.getMentee());
    subjects.add(p.getFacilitator());
    s.getAgenda().forEach(a -> subjects.add(a.getAuthor()));
    subjects.addAll(s.getAttendance());
    return subjects;
  }

  /**
   * The session as {@code subject} reads it at {@code now}.
   *
   * @param names everyone {@link #subjects} lists, by subject
   */
  public static SessionDetail of(
      Session s,
      Pairing p,
      String subject,
      Map<String, PersonName> names,
      String openingScript,
      Instant now) {
    PairingPart you = PairingPart.of(p, subject);
    boolean planned = s.getState() == SessionState.PLANNED;
    return new SessionDetail(
        s.getId(),
        s.getPairingId(),
        s.getStartsAt(),
        s.getPlace(),
        s.getState(),
        s.getAgenda().stream()
            .map(a -> new AgendaEntry(name(a.getAuthor(), names), a.getText(), a.getAddedAt()))
            .toList(),
        s.getAttendance().stream()
            .map(a -> name(a, names))
            .sorted(Comparator.comparing(PersonName::displayName))
            .toList(),
        name(p.getMentor(), names),
        name(p.getMentee(), names),
        name(p.getFacilitator(), names),
        openingScript,
        s.getVersion(),
        you,
        you != null && you.isParty() && planned && now.isBefore(s.getStartsAt()),
        you != null && planned,
        you != null && planned);
  }

  private static PersonName name(String subject, Map<String, PersonName> names) {
    return names.getOrDefault(subject, PersonName.UNKNOWN);
  }

  @Override
  public UUID getId() {
    return id;
  }

  /** Planned: neither held nor cancelled. */
  public boolean planned() {
    return state == SessionState.PLANNED;
  }

  /** The pairing's three people, for marking who attended. */
  public List<PersonName> people() {
    return List.of(mentor, mentee, facilitator);
  }
}
