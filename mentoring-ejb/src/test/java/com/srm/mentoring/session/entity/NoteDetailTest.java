package com.srm.mentoring.session.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.identity.entity.PersonName;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoteDetailTest {

  static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");
  static final Map<String, PersonName> NAMES = Map.of("s-jun", new PersonName("jun", "Jun Park"));

  FeedbackNote note =
      new FeedbackNote(
          UUID.randomUUID(),
          "s-jun",
          Framework.SBI,
          Map.of("situation", "Stand-up", "behaviour", "You asked me first", "impact", "I spoke"),
          NOW);

  @Test
  void onlyItsAuthorSharesItAndTakesTheSharingBack() {
    NoteDetail own = NoteDetail.of(note, "s-jun", NAMES);
    assertEquals("Jun Park", own.author().displayName());
    assertTrue(own.mine());
    assertTrue(own.mayShare());
    assertFalse(own.mayUnshare());

    note.share("s-jun", NOW);
    assertFalse(NoteDetail.of(note, "s-jun", NAMES).mayShare());
    assertTrue(NoteDetail.of(note, "s-jun", NAMES).mayUnshare());
    NoteDetail others = NoteDetail.of(note, "s-sam", NAMES);
    assertFalse(others.mine());
    assertFalse(others.mayShare());
    assertFalse(others.mayUnshare());
  }
}
