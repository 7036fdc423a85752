package com.srm.mentoring.escalation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.Refusal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordingCheckTest {

  static final WordingCheck CONCERN = new WordingCheck("Not safe", "My mentee shouts at me.");

  @Test
  void aTextRepeatingTheTitleOrFiveWordsOfTheDescriptionIsRefusedInAnyCaseAndPunctuation() {
    for (String reason :
        List.of(
            "Re-pair them: not safe!",
            "NOT   SAFE",
            "Because my mentee shouts at me",
            "he said: 'MY MENTEE SHOUTS, at me'")) {
      Refusal refused =
          assertThrows(Refusal.class, () -> CONCERN.requireNotRepeatedIn("reason", reason), reason);
      assertTrue(refused.getMessage().startsWith("reason: must not repeat the concern"), reason);
    }
  }

  @Test
  void theRefusalSaysWhetherTheTitleOrTheDescriptionWasRepeated() {
    assertEquals(
        "reason: must not repeat the concern; it contains the concern's title",
        assertThrows(Refusal.class, () -> CONCERN.requireNotRepeatedIn("reason", "Not safe"))
            .getMessage());
    assertEquals(
        "reason: must not repeat the concern; it repeats its description",
        assertThrows(
                Refusal.class,
                () -> CONCERN.requireNotRepeatedIn("reason", "so: my mentee shouts at me"))
            .getMessage());
  }

  @Test
  void fewerThanFiveWordsOfTheDescriptionOrTheTitleInsideAWordPass() {
    CONCERN.requireNotRepeatedIn("reason", "A new mentee is needed");
    CONCERN.requireNotRepeatedIn("reason", "My mentee shouts at times");
    CONCERN.requireNotRepeatedIn("reason", "Not safely planned");
  }

  @Test
  void aShortDescriptionIsRepeatedOnlyWhenRepeatedWhole() {
    WordingCheck short_ = new WordingCheck("Title", "Too loud");
    assertThrows(Refusal.class, () -> short_.requireNotRepeatedIn("reason", "it was too loud"));
    short_.requireNotRepeatedIn("reason", "it was loud");
  }

  @Test
  void erasedContentIsRepeatedByNothing() {
    new WordingCheck(null, null).requireNotRepeatedIn("reason", "Not safe");
  }
}
