package com.srm.mentoring.escalation.entity;

import com.srm.mentoring.identity.entity.Person;
import java.util.List;

/**
 * What a participant sees before raising a concern about a pairing: who would read it, and whom
 * they may exclude (the cohort's facilitators and escalation contacts, never the reporter or the
 * other party, who never reads it anyway). Both sorted by display name.
 */
public record ReaderChoice(List<Person> readers, List<Person> excludable) {

  public ReaderChoice {
    readers = List.copyOf(readers);
    excludable = List.copyOf(excludable);
  }
}
