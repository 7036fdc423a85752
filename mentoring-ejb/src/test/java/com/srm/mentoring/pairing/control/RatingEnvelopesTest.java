package com.srm.mentoring.pairing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.control.ContentCipher;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RatingEnvelopesTest {

  @Test
  void sealedRatingsOpenToTheSameRatingsInTheirOrder() {
    List<Integer> ratings = List.of(4, 1, 5, 4);
    String sealed = RatingEnvelopes.seal(ratings);
    assertTrue(sealed.startsWith("enc:v1:"), sealed);
    assertFalse(sealed.contains("4;1"), sealed);
    assertEquals(ratings, RatingEnvelopes.open(sealed));
  }

  @Test
  void everySealedSingleRatingHasTheSameLength() {
    Set<Integer> lengths = new HashSet<>();
    for (int rating = Pairing.MIN_RATING; rating <= Pairing.MAX_RATING; rating++) {
      lengths.add(RatingEnvelopes.seal(List.of(rating)).length());
    }
    assertEquals(1, lengths.size(), "the length tells nothing of the rating");
  }

  @Test
  void anUnsealedOrForeignValueOrNoRatingAtAllIsRefused() {
    assertThrows(IllegalStateException.class, () -> RatingEnvelopes.open("4"));
    assertThrows(
        IllegalStateException.class, () -> RatingEnvelopes.open(ContentCipher.seal("a note")));
    assertThrows(IllegalStateException.class, () -> RatingEnvelopes.open(ContentCipher.seal("9")));
    assertThrows(IllegalArgumentException.class, () -> RatingEnvelopes.seal(List.of()));
    assertThrows(IllegalArgumentException.class, () -> RatingEnvelopes.seal(List.of(6)));
  }
}
