package com.srm.mentoring.pairing.entity;

import com.srm.mentoring.identity.entity.PersonName;
import com.srm.mentoring.platform.entity.HasRecordId;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A cohort as one reader sees it: its named people, by display name, and what the reader may do
 * with it (docs/rules.md, pairings): only HR activates a draft, closes a running cohort and forms
 * pairings in one that is not closed.
 */
public record CohortDetail(
    UUID id,
    String name,
    LocalDate startsOn,
    LocalDate endsOn,
    CohortState state,
    int anonymityThreshold,
    List<PersonName> facilitators,
    List<PersonName> escalationContacts,
    long version,
    boolean hr,
    boolean mayActivate,
    boolean mayClose,
    boolean mayFormPairings)
    implements HasRecordId, Serializable {

  /** Everyone a cohort names: its facilitators and escalation contacts. */
  public static List<String> subjects(Cohort c) {
    return java.util.stream.Stream.concat(
            c.getFacilitators().stream(), c.getEscalationContacts().stream())
        .toList();
  }

  /**
   * The cohort as a reader sees it.
   *
   * @param hr whether the reader holds {@code hr-admin}
   * @param names everyone {@link #subjects} lists, by subject
   */
  public static CohortDetail of(Cohort c, boolean hr, Map<String, PersonName> names) {
    return new CohortDetail(
        c.getId(),
        c.getName(),
        c.getStartsOn(),
        c.getEndsOn(),
        c.getState(),
        c.getAnonymityThreshold(),
        named(c.getFacilitators(), names),
        named(c.getEscalationContacts(), names),
        c.getVersion(),
        hr,
        hr && c.getState() == CohortState.DRAFT,
        hr && c.getState() == CohortState.ACTIVE,
        hr && !c.isClosed());
  }

  private static List<PersonName> named(Set<String> subjects, Map<String, PersonName> names) {
    return subjects.stream()
        .map(s -> names.getOrDefault(s, PersonName.UNKNOWN))
        .sorted(Comparator.comparing(PersonName::displayName))
        .toList();
  }

  @Override
  public UUID getId() {
    return id;
  }
}
