package com.srm.mentoring.escalation.entity;

import static com.srm.mentoring.escalation.entity.ConcernState.RAISED;
import static com.srm.mentoring.escalation.entity.ConcernState.RESOLVED;
import static com.srm.mentoring.escalation.entity.ConcernState.STEP_1;
import static com.srm.mentoring.escalation.entity.ConcernState.STEP_2;
import static com.srm.mentoring.escalation.entity.ConcernState.STEP_3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.entity.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConcernTest {

  static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
  static final Deadlines DEADLINES =
      new Deadlines(Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(10));

  /** farid facilitates and is a contact; erin and hugo are HR contacts. */
  static final Contacts CONTACTS = new Contacts(Set.of("farid"), Set.of("erin", "hugo"));

  static Concern raise(List<String> excluded, boolean skip) {
    return new Concern(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "jun",
        "lena",
        "Not safe",
        "My mentee shouts at me.",
        excluded,
        CONTACTS,
        skip,
        DEADLINES,
        NOW);
  }

  static Concern inState(ConcernState state) {
    Concern concern = raise(List.of(), false);
    if (state == RESOLVED) {
      concern.move(RESOLVED, "farid", null, CONTACTS, DEADLINES, NOW);
    } else if (state == STEP_2 || state == STEP_3) {
      concern.move(STEP_2, "farid", null, CONTACTS, DEADLINES, NOW);
      if (state == STEP_3) {
        concern.move(STEP_3, "erin", null, CONTACTS, DEADLINES, NOW);
      }
    }
    return concern;
  }

  @Test
  void raisingPutsItOnStepOneWithAFacilitatingContactAndItsDeadline() {
    Concern concern = raise(List.of(), false);
    assertEquals(STEP_1, concern.getState());
    assertEquals("farid", concern.getOwner());
    assertEquals(NOW.plus(Duration.ofDays(3)), concern.getDeadline());
    Transition first = concern.getTransitions().get(0);
    assertEquals(RAISED, first.getFrom());
    assertEquals(STEP_1, first.getTo());
  }

  @Test
  void theReporterMaySkipStepOneWhenRaising() {
    Concern concern = raise(List.of(), true);
    assertEquals(STEP_2, concern.getState());
    assertEquals("erin", concern.getOwner());
    assertTrue(concern.getNotes().isEmpty(), "a chosen skip needs no notice");
  }

  @Test
  void theReporterMaySkipStepOneLater() {
    Concern concern = raise(List.of(), false);
    concern.move(STEP_2, "jun", "I would rather talk to HR", CONTACTS, DEADLINES, NOW);
    assertEquals(STEP_2, concern.getState());
    assertEquals("erin", concern.getOwner());
  }

  @Test
  void theReporterMovesNothingElse() {
    Concern concern = inState(STEP_2);
    Refusal refused =
        assertThrows(
            Refusal.class, () -> concern.move(RESOLVED, "jun", null, CONTACTS, DEADLINES, NOW));
    assertTrue(refused.getMessage().contains("STEP_2"), refused.getMessage());
  }

  @Test
  void aStepWhoseOnlyOwnersAreExcludedIsSkippedAndTheReporterIsTold() {
    Concern concern = raise(List.of("farid"), false);
    assertEquals(STEP_2, concern.getState());
    assertEquals("erin", concern.getOwner());
    assertEquals(1, concern.getNotes().size());
    ConcernNote notice = concern.getNotes().get(0);
    assertNull(notice.getAuthor());
    assertTrue(notice.getBody().contains("Step 1 was skipped"), notice.getBody());
  }

  @Test
  void excludingEveryContactIsRefusedSinceNobodyCouldReadIt() {
    Refusal refused =
        assertThrows(Refusal.class, () -> raise(List.of("farid", "erin", "hugo"), false));
    assertTrue(refused.getMessage().startsWith("excluded:"), refused.getMessage());
    assertTrue(refused.getMessage().contains("nobody could read it"), refused.getMessage());
  }

  @Test
  void badTextNamesTheField() {
    assertTrue(
        assertThrows(
                Refusal.class,
                () ->
                    new Concern(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "jun",
                        "lena",
                        " ",
                        "x",
                        List.of(),
                        CONTACTS,
                        false,
                        DEADLINES,
                        NOW))
            .getMessage()
            .startsWith("title:"));
    assertTrue(
        assertThrows(
                Refusal.class,
                () ->
                    new Concern(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "jun",
                        "lena",
                        "t",
                        "x".repeat(ConcernContent.DESCRIPTION_LENGTH + 1),
                        List.of(),
                        CONTACTS,
                        false,
                        DEADLINES,
                        NOW))
            .getMessage()
            .startsWith("description:"));
  }

  @ParameterizedTest
  @EnumSource(
      value = ConcernState.class,
      names = {"STEP_1", "STEP_2", "STEP_3", "RESOLVED"})
  void everyLegalMoveFromEachState(ConcernState from) {
    for (ConcernState to : from.successors()) {
      Concern concern = inState(from);
      String actor = from == STEP_1 ? "farid" : "erin";
      concern.move(to, actor, "moving on", CONTACTS, DEADLINES, NOW.plusSeconds(60));
      assertEquals(to, concern.getState(), from + " -> " + to);
      Transition last = concern.getTransitions().get(concern.getTransitions().size() - 1);
      assertEquals(from, last.getFrom());
      assertEquals("moving on", last.getNote());
      if (to == RESOLVED) {
        assertNull(concern.getDeadline());
        assertNull(concern.getOwner());
      } else {
        assertEquals(NOW.plusSeconds(60).plus(DEADLINES.of(to)), last.getDeadline());
        assertEquals(concern.getOwner(), last.getOwner());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ConcernState.class,
      names = {"STEP_1", "STEP_2", "STEP_3", "RESOLVED"})
  void everyIllegalMoveIsRefusedNamingTheState(ConcernState from) {
    for (ConcernState to : EnumSet.complementOf(EnumSet.copyOf(from.successors()))) {
      Concern concern = inState(from);
      long before = concern.getTransitions().size();
      Refusal refused =
          assertThrows(
              Refusal.class,
              () -> concern.move(to, "erin", null, CONTACTS, DEADLINES, NOW),
              from + " -> " + to);
      assertTrue(refused.getMessage().contains("state " + from), refused.getMessage());
      assertEquals(from, concern.getState());
      assertEquals(before, concern.getTransitions().size());
    }
  }

  @Test
  void legalMovesAreExactlyThePath() {
    assertEquals(EnumSet.of(STEP_1, STEP_2, RESOLVED), RAISED.successors());
    assertEquals(EnumSet.of(STEP_2, RESOLVED), STEP_1.successors());
    assertEquals(EnumSet.of(STEP_3, RESOLVED), STEP_2.successors());
    assertEquals(EnumSet.of(RESOLVED), STEP_3.successors());
    assertTrue(RESOLVED.successors().isEmpty());
  }

  @Test
  void anActingContactWhoMayOwnTheStepOwnsIt() {
    Concern concern = inState(STEP_1);
    concern.move(STEP_2, "hugo", null, CONTACTS, DEADLINES, NOW);
    assertEquals("hugo", concern.getOwner());
  }

  @Test
  void anOverdueConcernIsHandedToTheNextStep() {
    Concern concern = raise(List.of(), false);
    Instant later = NOW.plus(Duration.ofDays(4));
    assertEquals("erin", concern.escalate(CONTACTS, DEADLINES, later));
    assertEquals(STEP_2, concern.getState());
    assertNull(concern.getTransitions().get(1).getActor(), "moved by its deadline");
    assertEquals(later.plus(Duration.ofDays(5)), concern.getDeadline());
  }

  @Test
  void anOverdueLastStepGoesToTheNextHrContact() {
    Concern concern = inState(STEP_3);
    Instant later = NOW.plus(Duration.ofDays(11));
    assertEquals("hugo", concern.escalate(CONTACTS, DEADLINES, later));
    assertEquals(STEP_3, concern.getState());
  }

  @Test
  void erasureRemovesTheContentButKeepsTheMetadata() {
    Concern concern = inState(STEP_2);
    concern.addNote("erin", "Spoke to both.", false, NOW);
    concern.erase(NOW);
    assertNull(concern.getTitle());
    assertNull(concern.getDescription());
    assertNull(concern.getNotes().get(0).getBody());
    assertEquals("erin", concern.getNotes().get(0).getAuthor());
    assertEquals(STEP_2, concern.getState());
    assertEquals(NOW, concern.getErasedAt());
  }

  @Test
  void aConcernOnLegalHoldIsNotErasedUntilTheHoldIsLifted() {
    Concern concern = inState(STEP_2);
    concern.hold("erin", "Tribunal pending");
    assertThrows(Refusal.class, () -> concern.erase(NOW));
    assertEquals("Not safe", concern.getTitle());
    assertTrue(
        assertThrows(Refusal.class, () -> concern.liftHold("erin", " ", NOW))
            .getMessage()
            .startsWith("reason:"),
        "lifting needs a reason too");
    concern.liftHold("erin", "Tribunal withdrawn", NOW);
    assertTrue(
        concern.notesFor("hugo").stream()
            .anyMatch(n -> n.getBody().equals("Legal hold lifted: Tribunal withdrawn")),
        "the other contacts read why");
    assertTrue(
        concern.notesFor("jun").stream().noneMatch(n -> n.getBody().contains("Tribunal")),
        "the reporter, who never sees the hold's reason, does not see this one either");
    concern.erase(NOW);
    assertNull(concern.getTitle());
    assertThrows(Refusal.class, () -> concern.liftHold("erin", "again", NOW));
  }

  @Test
  void aNoteToTheReporterIsReadByTheReporterAndItsAuthorOnly() {
    Concern concern = inState(STEP_2);
    concern.addNote("erin", "For all of you", false, NOW);
    concern.addNote("erin", "Only for jun", true, NOW);
    assertEquals(2, concern.notesFor("jun").size());
    assertEquals(2, concern.notesFor("erin").size());
    assertEquals(
        List.of("For all of you"),
        concern.notesFor("farid").stream().map(ConcernNote::getBody).toList(),
        "another contact does not see it");
    assertTrue(
        assertThrows(Refusal.class, () -> concern.addNote("jun", "Me", true, NOW))
            .getMessage()
            .startsWith("toReporter:"));
  }

  @Test
  void theStepThreeOwnerAsksForAnAdjustmentWithAReasonThatDoesNotRepeatTheConcern() {
    Concern concern = inState(STEP_3);
    assertEquals(
        "Pause for two weeks, then meet with the facilitator.",
        concern.askForAdjustment(
            "erin", "PAUSE", " Pause for two weeks, then meet with the facilitator. ", NOW));
    assertEquals(NOW, concern.getAdjustmentAskedAt());
    assertTrue(
        assertThrows(
                Refusal.class, () -> concern.askForAdjustment("erin", "FORMAT", "Another one", NOW))
            .getMessage()
            .contains("still open"));
    concern.adjusted("PAUSE", CONTACTS, DEADLINES, NOW);
    assertEquals(RESOLVED, concern.getState(), "done by HR: the concern is resolved");
    assertNull(concern.getAdjustmentAskedAt());
  }

  @Test
  void anAdjustmentReasonRepeatingTheConcernIsRefusedNamingTheField() {
    Concern concern = inState(STEP_3);
    // the wording itself is WordingCheckTest's; here, that the concern applies it
    assertTrue(
        assertThrows(
                Refusal.class,
                () -> concern.askForAdjustment("erin", "RE_PAIR", "Re-pair them: not safe!", NOW))
            .getMessage()
            .startsWith("reason: must not repeat the concern"));
    assertNull(concern.getAdjustmentAskedAt(), "a refused reason asks for nothing");
    assertTrue(
        assertThrows(
                Refusal.class,
                () -> concern.askForAdjustment("erin", "RE_PAIR", "x".repeat(301), NOW))
            .getMessage()
            .startsWith("reason:"));
    assertEquals(
        "A new mentee is needed",
        concern.askForAdjustment("erin", "RE_PAIR", "A new mentee is needed", NOW));
  }

  @Test
  void onlyTheStepThreeOwnerAsksForAnAdjustment() {
    assertTrue(
        assertThrows(
                Refusal.class,
                () -> inState(STEP_2).askForAdjustment("erin", "PAUSE", "Pause", NOW))
            .getMessage()
            .contains("STEP_2"));
    assertThrows(
        Refusal.class, () -> inState(STEP_3).askForAdjustment("hugo", "PAUSE", "Pause", NOW));
  }

  @Test
  void aHoldNeedsAReason() {
    Concern concern = inState(STEP_2);
    assertTrue(
        assertThrows(Refusal.class, () -> concern.hold("erin", ""))
            .getMessage()
            .startsWith("reason:"));
  }

  @Test
  void theReadersAreFixedWhenItIsRaisedAndTheOtherPartyIsNeverOne() {
    Contacts withTheMentee = new Contacts(Set.of("farid"), Set.of("erin", "lena"));
    Concern concern =
        new Concern(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "jun",
            "lena",
            "Not safe",
            "My mentee shouts at me.",
            List.of("farid"),
            withTheMentee,
            false,
            DEADLINES,
            NOW);
    assertEquals(Set.of("erin"), concern.getReaders(), "neither the excluded nor the mentee");
    assertEquals("erin", concern.getOwner());

    Contacts later = new Contacts(Set.of("farid"), Set.of("erin", "hugo", "lena"));
    concern.move(STEP_3, "erin", null, later, DEADLINES, NOW);
    assertEquals(Set.of("erin"), concern.getReaders(), "a contact named later never reads it");
  }

  @Test
  void aStepWhoseOwnerLostTheirReachPassesToARemainingReader() {
    Concern concern = raise(List.of(), false);
    assertEquals("farid", concern.getOwner());
    Contacts faridGone = new Contacts(Set.of(), Set.of("erin", "hugo"));
    assertEquals("erin", concern.rehome(faridGone, DEADLINES, NOW).orElseThrow());
    assertEquals(STEP_2, concern.getState(), "no facilitator remains for step 1");

    Contacts erinGone = new Contacts(Set.of(), Set.of("hugo"));
    assertEquals("hugo", concern.rehome(erinGone, DEADLINES, NOW).orElseThrow());
    assertEquals(STEP_2, concern.getState());
  }

  @Test
  void whenNoReaderRemainsOnlyTheReporterIsTold() {
    Concern concern = raise(List.of(), true);
    int before = concern.notesFor("erin").size();
    assertTrue(concern.rehome(new Contacts(Set.of(), Set.of()), DEADLINES, NOW).isEmpty());
    assertNull(concern.getOwner());
    assertEquals(before + 1, concern.notesFor("jun").size(), "the reporter is told");
    assertEquals(before, concern.notesFor("erin").size(), "nobody else learns of it");
  }

  @Test
  void aSearchFindsAWordOfTheTitleOrTheDescriptionInAnyCase() {
    Concern concern = raise(List.of(), false);
    assertTrue(concern.mentions("NOT SAFE"));
    assertTrue(concern.mentions(" shouts "));
    assertTrue(concern.mentions("mentee SHOUTS"));
    assertFalse(concern.mentions("mentor"));
    assertFalse(concern.mentions("%"), "the text is taken as it is, no pattern");
  }

  @Test
  void anErasedConcernMatchesNoSearch() {
    Concern concern = inState(RESOLVED);
    concern.erase(NOW);
    assertFalse(concern.mentions("safe"));
  }

  @Test
  void whatAContactWroteIsErasedOnTheirRequestUnlessTheConcernIsOnHold() {
    Concern concern = raise(List.of(), false);
    concern.addNote("erin", "Spoke to both.", false, NOW);
    concern.addNote("hugo", "Noted.", false, NOW);
    concern.move(STEP_2, "erin", "Over to HR", CONTACTS, DEADLINES, NOW);

    assertEquals(2, concern.eraseWrittenBy("erin"), "her note and the note of her move");
    assertEquals(
        List.of("Noted."),
        concern.getNotes().stream().map(ConcernNote::getBody).filter(b -> b != null).toList());
    assertEquals("Not safe", concern.getTitle(), "the reporter's words stay");

    concern.hold("hugo", "Tribunal pending");
    var held = assertThrows(Refusal.class, () -> concern.eraseWrittenBy("hugo"));
    assertEquals("hold", held.field());
  }
}
