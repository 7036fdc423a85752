package com.srm.mentoring.session.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeedbackNoteTest {

  static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");
  static final UUID PAIRING = UUID.randomUUID();

  static Map<String, String> sbi(String situation, String behaviour, String impact) {
    return Map.of("situation", situation, "behaviour", behaviour, "impact", impact);
  }

  @Test
  void eachPartOfTheFrameworkIsRequired() {
    var missing =
        assertThrows(
            Refusal.class,
            () ->
                new FeedbackNote(
                    PAIRING, "jun", Framework.SBI, Map.of("situation", "s", "impact", "i"), NOW));
    assertEquals("behaviour: is required", missing.getMessage());
    var blank =
        assertThrows(
            Refusal.class,
            () -> new FeedbackNote(PAIRING, "jun", Framework.SBI, sbi("s", "b", "  "), NOW));
    assertTrue(blank.getMessage().startsWith("impact"), blank.getMessage());
    var desc =
        assertThrows(
            Refusal.class,
            () -> new FeedbackNote(PAIRING, "jun", Framework.DESC, sbi("s", "b", "i"), NOW));
    assertTrue(desc.getMessage().startsWith("describe"), desc.getMessage());
    var none =
        assertThrows(
            Refusal.class, () -> new FeedbackNote(PAIRING, "jun", null, sbi("s", "b", "i"), NOW));
    assertTrue(none.getMessage().startsWith("framework"), none.getMessage());
  }

  @Test
  void eachPartIsAtMostAThousandCharacters() {
    new FeedbackNote(PAIRING, "jun", Framework.SBI, sbi("x".repeat(1000), "b", "i"), NOW);
    var tooLong =
        assertThrows(
            Refusal.class,
            () ->
                new FeedbackNote(
                    PAIRING, "jun", Framework.SBI, sbi("s", "x".repeat(1001), "i"), NOW));
    assertTrue(tooLong.getMessage().startsWith("behaviour"), tooLong.getMessage());
  }

  @Test
  void partsComeBackByNameInTheFrameworksOrder() {
    FeedbackNote note =
        new FeedbackNote(
            PAIRING,
            "sam",
            Framework.DESC,
            Map.of("describe", "d", "express", "e", "specify", "s", "consequences", "c"),
            NOW);
    assertEquals(
        List.of("describe", "express", "specify", "consequences"),
        List.copyOf(note.getParts().keySet()));
    assertEquals("c", note.getParts().get("consequences"));
  }

  @Test
  void privateUntilSharedAndUnsharingHidesItAgain() {
    FeedbackNote note = new FeedbackNote(PAIRING, "jun", Framework.SBI, sbi("s", "b", "i"), NOW);
    assertTrue(note.mayBeReadBy("jun", false));
    assertFalse(note.mayBeReadBy("sam", true), "private to its author");
    assertThrows(Refusal.class, () -> note.share("sam", NOW));
    note.share("jun", NOW);
    assertTrue(note.mayBeReadBy("sam", true));
    assertFalse(note.mayBeReadBy("farid", false), "the facilitator never reads it");
    assertThrows(Refusal.class, () -> note.unshare("sam"));
    note.unshare("jun");
    assertFalse(note.mayBeReadBy("sam", true));
    assertTrue(note.mayBeReadBy("jun", false));
  }
}
