package com.srm.mentoring.pairing.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pairing.control.RatingReleasePlan.Waiting;
import com.srm.mentoring.pairing.entity.RatingSide;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RatingReleasePlanTest {

  static final UUID COHORT = UUID.randomUUID();

  @Test
  void ratingsGoOutOnceKPeopleStandBehindThem() {
    assertFalse(new Waiting(COHORT, RatingSide.MENTEE, 4, 5).isDue(), "k-1 people wait");
    assertTrue(new Waiting(COHORT, RatingSide.MENTEE, 5, 5).isDue());
    assertTrue(new Waiting(COHORT, RatingSide.MENTOR, 7, 5).isDue(), "all of them, not k");
  }

  @Test
  void neverFewerThanTheProgramsMinimumWhateverTheCohortSays() {
    assertFalse(new Waiting(COHORT, RatingSide.MENTOR, 2, 1).isDue());
    assertTrue(new Waiting(COHORT, RatingSide.MENTOR, 3, 1).isDue());
  }
}
