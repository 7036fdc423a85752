package com.srm.mentoring.escalation.entity;

import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.platform.entity.HasRecordId;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A concern as one of its readers sees it, its people named and what the reader may do with it
 * computed ({@link ConcernChoices}). Nothing here says who read it; the people it excludes are
 * shown to its reporter only, the legal hold's reason to contacts only, and a note for the reporter
 * alone to the reporter and its author only. Texts are as stored: a page or the API says in its own
 * words that one cannot be read.
 *
 * @param reporter who raised it: a concern is raised in one's own name, and its readers act on it
 * @param about the pairing and cohort it is about, their people named
 * @param yours whether the reader raised it
 * @param owner who owns its step, or null
 * @param excluded the people it excludes; empty for anyone but its reporter
 * @param holdReason why it is on hold; null for its reporter
 * @param noticed whether a "a concern needs you" notice about it waits for the reader
 */
public record ConcernDetail(
    UUID id,
    UUID pairingId,
    PersonName reporter,
    About about,
    String title,
    String description,
    ConcernState state,
    PersonName owner,
    Instant deadline,
    Instant raisedAt,
    boolean yours,
    List<PersonName> readers,
    List<PersonName> excluded,
    boolean onHold,
    String holdReason,
    boolean erased,
    boolean adjustmentAsked,
    long version,
    List<Step> transitions,
    List<Note> notes,
    boolean noticed,
    ConcernChoices choices)
    implements HasRecordId, Serializable {

  /**
   * The pairing a concern is about and its cohort, as the concern's readers see them named.
   *
   * @param mentor the junior who mentors, or {@link PersonName#UNKNOWN}
   * @param mentee the senior who is mentored, or {@link PersonName#UNKNOWN}
   */
  public record About(UUID cohortId, String cohortName, PersonName mentor, PersonName mentee)
      implements Serializable {

    /** What a concern whose pairing or cohort is gone is about, as far as it can tell. */
    public static About unknown(UUID cohortId) {
      return new About(cohortId, null, PersonName.UNKNOWN, PersonName.UNKNOWN);
    }
  }

  /** A step on its path; {@code owner} is null when nobody owned the step. */
  public record Step(
      ConcernState from,
      ConcernState to,
      PersonName owner,
      String note,
      Instant deadline,
      Instant at)
      implements Serializable {}

  /**
   * A note; one without author is what the application tells the reporter.
   *
   * @param author who wrote it, or null for the application
   */
  public record Note(PersonName author, String body, NoteAudience audience, Instant at)
      implements Serializable {}

  /**
   * Everyone a reader of the concern may see named, the reporter and the pairing's two people among
   * them: read them all at once.
   */
  public static Set<String> subjects(Concern c, String... pairingPeople) {
    Set<String> subjects = new java.util.HashSet<>(c.getReaders());
    subjects.add(c.getReporter());
    subjects.addAll(java.util.Arrays.asList(pairingPeople));
    subjects.addAll(c.getExcluded());
    subjects.add(c.getOwner());
    c.getTransitions().forEach(t -> subjects.add(t.getOwner()));
    c.getNotes().forEach(n -> subjects.add(n.getAuthor()));
    subjects.remove(null);
    return subjects;
  }

  public static ConcernDetail of(
      Concern c,
      String reader,
      Map<String, PersonName> names,
      boolean noticed,
      String cohortName,
      String mentor,
      String mentee) {
    boolean reporter = c.isReporter(reader);
    return new ConcernDetail(
        c.getId(),
        c.getPairingId(),
        name(c.getReporter(), names),
        new About(
            c.getCohortId(),
            cohortName,
            mentor == null ? PersonName.UNKNOWN : name(mentor, names),
            mentee == null ? PersonName.UNKNOWN : name(mentee, names)),
        c.getTitle(),
        c.getDescription(),
        c.getState(),
        name(c.getOwner(), names),
        c.getDeadline(),
        c.getRaisedAt(),
        reporter,
        sorted(c.getReaders(), names),
        reporter ? sorted(c.getExcluded(), names) : List.of(),
        c.isOnHold(),
        reporter ? null : c.getHoldReason(),
        c.getErasedAt() != null,
        c.getAdjustmentAskedAt() != null,
        c.getVersion(),
        c.getTransitions().stream()
            .map(
                t ->
                    new Step(
                        t.getFrom(),
                        t.getTo(),
                        name(t.getOwner(), names),
                        t.getNote(),
                        t.getDeadline(),
                        t.getAt()))
            .toList(),
        c.notesFor(reader).stream()
            .map(n -> new Note(name(n.getAuthor(), names), n.getBody(), n.getAudience(), n.getAt()))
            .toList(),
        noticed,
        ConcernChoices.of(c, reader));
  }

  private static PersonName name(String subject, Map<String, PersonName> names) {
    return subject == null ? null : names.getOrDefault(subject, PersonName.UNKNOWN);
  }

  /** By username, as everyone who reads it sees the readers listed. */
  private static List<PersonName> sorted(Set<String> subjects, Map<String, PersonName> names) {
    return subjects.stream()
        .map(s -> names.getOrDefault(s, PersonName.UNKNOWN))
        .sorted(
            Comparator.comparing(
                PersonName::username, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  @Override
  public UUID getId() {
    return id;
  }
}
