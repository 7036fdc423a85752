package com.srm.mentoring.session.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.platform.entity.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionTest {

  static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");
  static final Instant LATER = NOW.plus(Duration.ofDays(2));

  Pairing pairing = new Pairing(UUID.randomUUID(), "jun", "sam", "farid", NOW);

  @Test
  void aSessionIsPlannedForATimeToCome() {
    var past =
        assertThrows(
            Refusal.class, () -> new Session(pairing.getId(), NOW.minusSeconds(1), null, NOW));
    assertTrue(past.getMessage().startsWith("startsAt"), past.getMessage());
    var none = assertThrows(Refusal.class, () -> new Session(pairing.getId(), null, null, NOW));
    assertEquals("startsAt: is required", none.getMessage(), "a form whose time was left empty");
    var place =
        assertThrows(
            Refusal.class, () -> new Session(pairing.getId(), LATER, "x".repeat(501), NOW));
    assertTrue(place.getMessage().startsWith("place"), place.getMessage());
  }

  @Test
  void aPlannedSessionMovesToAnotherTimeToComeAndEachChangeRaisesItsSequence() {
    Session session = new Session(pairing.getId(), LATER, "Room 4", NOW);
    assertEquals(0, session.getCalendarSequence());
    session.move(LATER.plusSeconds(3600), NOW);
    assertEquals(LATER.plusSeconds(3600), session.getStartsAt());
    assertEquals(1, session.getCalendarSequence());
    var past = assertThrows(Refusal.class, () -> session.move(NOW.minusSeconds(1), NOW));
    assertTrue(past.getMessage().startsWith("startsAt"), past.getMessage());
    session.cancel(NOW);
    assertEquals(2, session.getCalendarSequence(), "the cancellation supersedes the invitation");
    assertThrows(Refusal.class, () -> session.move(LATER, NOW), "a cancelled session stays put");
  }

  @Test
  void bothAddToTheAgendaUntilItStarts() {
    Session session = new Session(pairing.getId(), LATER, "Room 4", NOW);
    session.addToAgenda("jun", "How a release feels from the team", NOW);
    session.addToAgenda("sam", " What I never hear in steering meetings ", NOW.plusSeconds(5));
    assertEquals(2, session.getAgenda().size());
    assertEquals("What I never hear in steering meetings", session.getAgenda().get(1).getText());
    assertEquals("sam", session.getAgenda().get(1).getAuthor());

    var empty = assertThrows(Refusal.class, () -> session.addToAgenda("jun", " ", NOW));
    assertTrue(empty.getMessage().startsWith("text"), empty.getMessage());
    assertThrows(Refusal.class, () -> session.addToAgenda("jun", "x".repeat(1001), NOW));
    var started = assertThrows(Refusal.class, () -> session.addToAgenda("jun", "late", LATER));
    assertTrue(started.getMessage().startsWith("agenda"), started.getMessage());
  }

  @Test
  void theObjectiveIsLockedOnceTheFirstSessionIsHeld() {
    pairing.changeObjective("I will learn what slows juniors down in code review.");
    Session first = new Session(pairing.getId(), LATER, null, NOW);
    first.markHeld(List.of("jun", "sam"), LATER.plusSeconds(3600));
    // the boundary does this in the same transaction
    pairing.lockObjective(LATER.plusSeconds(3600));
    assertEquals(SessionState.HELD, first.getState());
    assertEquals(2, first.getAttendance().size());
    assertThrows(Refusal.class, () -> pairing.changeObjective("I will learn Y."));
    assertThrows(Refusal.class, () -> first.cancel(LATER));
    assertThrows(
        Refusal.class,
        () -> new Session(pairing.getId(), LATER, null, NOW).markHeld(List.of(), LATER));
  }

  @Test
  void whatAPartyPutOnTheAgendaIsRemovedOnTheirRequestAndTheOthersItemsStay() {
    Session session = new Session(pairing.getId(), LATER, null, NOW);
    session.addToAgenda("jun", "How a release feels", NOW);
    session.addToAgenda("sam", "Steering meetings", NOW);
    session.addToAgenda("jun", "Code review", NOW);

    assertEquals(2, session.eraseAgendaOf("jun"));
    assertEquals(
        List.of("Steering meetings"),
        session.getAgenda().stream().map(AgendaItem::getText).toList());
  }
}
