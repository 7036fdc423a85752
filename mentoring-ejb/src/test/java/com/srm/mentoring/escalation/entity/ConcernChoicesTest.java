package com.srm.mentoring.escalation.entity;

import static com.srm.mentoring.escalation.entity.ConcernState.RESOLVED;
import static com.srm.mentoring.escalation.entity.ConcernState.STEP_1;
import static com.srm.mentoring.escalation.entity.ConcernState.STEP_2;
import static com.srm.mentoring.escalation.entity.ConcernState.STEP_3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.Refusal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConcernChoicesTest {

  /** The targets {@link Concern#move} accepts from this reader, each tried on a fresh concern. */
  static List<ConcernState> accepted(ConcernState state, String actor) {
    List<ConcernState> accepted = new ArrayList<>();
    for (ConcernState target : ConcernState.values()) {
      try {
        ConcernTest.inState(state)
            .move(
                target, actor, null, ConcernTest.CONTACTS, ConcernTest.DEADLINES, ConcernTest.NOW);
        accepted.add(target);
      } catch (Refusal refused) {
        // not a move this reader may make
      }
    }
    return accepted;
  }

  @ParameterizedTest
  @EnumSource(
      value = ConcernState.class,
      names = {"STEP_1", "STEP_2", "STEP_3", "RESOLVED"})
  void theMovesOfferedAreExactlyTheOnesTheConcernAccepts(ConcernState state) {
    for (String reader : List.of("jun", "farid", "erin")) {
      assertEquals(
          accepted(state, reader),
          ConcernChoices.of(ConcernTest.inState(state), reader).moves(),
          reader + " in " + state);
    }
  }

  @Test
  void theReporterOnlySkipsStepOneAndNeverActsAsAContact() {
    assertEquals(List.of(STEP_2), ConcernChoices.of(ConcernTest.inState(STEP_1), "jun").moves());
    assertEquals(List.of(), ConcernChoices.of(ConcernTest.inState(STEP_2), "jun").moves());
    assertFalse(ConcernChoices.of(ConcernTest.inState(STEP_1), "jun").contact());
    assertTrue(ConcernChoices.of(ConcernTest.inState(STEP_1), "farid").contact());
    assertEquals(
        List.of(STEP_3, RESOLVED), ConcernChoices.of(ConcernTest.inState(STEP_2), "erin").moves());
    assertEquals(List.of(), ConcernChoices.of(ConcernTest.inState(RESOLVED), "erin").moves());
  }

  @Test
  void onlyTheOwnerOfStepThreeAsksForAnAdjustmentOnceAtATime() {
    Concern concern = ConcernTest.inState(STEP_3);
    String owner = concern.getOwner();
    String other = owner.equals("erin") ? "hugo" : "erin";
    assertTrue(ConcernChoices.of(concern, owner).mayAskForAdjustment());
    assertFalse(ConcernChoices.of(concern, other).mayAskForAdjustment());
    assertFalse(ConcernChoices.of(concern, "jun").mayAskForAdjustment());
    assertFalse(ConcernChoices.of(ConcernTest.inState(STEP_2), "erin").mayAskForAdjustment());

    concern.askForAdjustment(owner, "PAUSE", "A break of four weeks.", ConcernTest.NOW);
    assertFalse(ConcernChoices.of(concern, owner).mayAskForAdjustment());
  }
}
