package com.srm.mentoring.pulse.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.control.ContentCipher;
import com.srm.mentoring.pulse.entity.Answer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnvelopesTest {

  @Test
  void aSealedAnswerOpensToTheSameValues() {
    List<Answer> answers = List.of(new Answer(1, 2, 3), new Answer(5, 4, 3), new Answer(2, 2, 2));
    String sealed = Envelopes.seal(answers);
    assertTrue(sealed.startsWith("enc:v1:"), sealed);
    assertFalse(sealed.contains("1,2,3"), sealed);
    assertEquals(answers, Envelopes.open(sealed));
  }

  @Test
  void everySealedSingleAnswerHasTheSameLengthAndNoneRepeats() {
    Set<Integer> lengths = new HashSet<>();
    Set<String> sealed = new HashSet<>();
    for (int value = Answer.LOWEST; value <= Answer.HIGHEST; value++) {
      for (int i = 0; i < 3; i++) {
        String one = Envelopes.seal(List.of(new Answer(value, value, value)));
        lengths.add(one.length());
        sealed.add(one);
      }
    }
    assertEquals(1, lengths.size(), "the length tells nothing of the values");
    assertEquals(15, sealed.size(), "the same answer twice seals differently");
  }

  @Test
  void anUnsealedOrForeignValueIsRefused() {
    assertThrows(IllegalStateException.class, () -> Envelopes.open("1,2,3"));
    assertThrows(
        IllegalStateException.class, () -> Envelopes.open(ContentCipher.seal("a note, written")));
    assertThrows(IllegalStateException.class, () -> Envelopes.open(ContentCipher.seal("1,2,9")));
    assertThrows(IllegalArgumentException.class, () -> Envelopes.seal(List.of()));
  }
}
