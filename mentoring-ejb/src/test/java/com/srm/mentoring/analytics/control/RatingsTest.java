package com.srm.mentoring.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.analytics.entity.Rating;
import com.srm.mentoring.pulse.entity.CellKey;
import com.srm.mentoring.pulse.entity.RespondentRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RatingsTest {

  static final UUID COHORT = UUID.randomUUID();
  static final CellKey SENIORS = new CellKey(COHORT, RespondentRole.MENTEE, null);
  static final CellKey JUNIORS = new CellKey(COHORT, RespondentRole.MENTOR, null);

  @Test
  void aMeanIsShownToOneDecimal() {
    List<Rating> shown = Ratings.apply(List.of(new RatingCount(SENIORS, 3, 11 / 3.0)), key -> 3);
    assertEquals(3L, shown.get(0).raters());
    assertEquals(3.7, shown.get(0).mean(), "11 / 3 = 3.666…, shown as 3.7");
  }

  @Test
  void fewerThanKRatingsShowNeitherCountNorMean() {
    Rating juniors = Ratings.apply(List.of(new RatingCount(JUNIORS, 2, 4.5)), key -> 3).get(0);
    assertTrue(juniors.isSuppressed());
    assertNull(juniors.raters(), "no count, so that nothing reads as 0");
    assertNull(juniors.mean());
  }
}
