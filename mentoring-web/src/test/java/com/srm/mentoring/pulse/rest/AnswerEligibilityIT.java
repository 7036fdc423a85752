package com.srm.mentoring.pulse.rest;

import static com.srm.mentoring.pulse.rest.PulseProgram.answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.control.Eligibility.Condition;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.SharedApplication;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whoever is shown a session's micro-questions may answer them, and whoever may not is neither
 * shown them nor let to answer: for every condition of the one rule, a person who fails it does not
 * find the session among their questions, and is refused with that condition's reason.
 */
@ExtendWith(SharedApplication.class)
class AnswerEligibilityIT {

  static final Duration AN_HOUR = Duration.ofHours(1);

  /** The conditions a test has seen fail, in listing and in answering. */
  static final Set<Condition> TRIED = EnumSet.noneOf(Condition.class);

  @ApplicationUrl URL base;

  @Test
  void listingAndAnsweringAgreeOnEveryConditionOfTheRule() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = program.cohort(5, "farid");
    UUID pairing = program.pairing(cohort, "tom", "nora", "farid");
    UUID recent = program.heldSession(pairing, AN_HOUR, "tom", "nora");
    UUID tomAlone = program.heldSession(pairing, AN_HOUR, "tom");
    UUID longAgo = program.heldSession(pairing, Duration.ofDays(8), "tom", "nora");
    UUID planned = plannedSession(pairing);
    UUID paused = program.pairing(cohort, "ravi", "ken", "farid");
    UUID whilePaused = program.heldSession(paused, AN_HOUR, "ravi", "ken");
    PulseProgram.update(
        "UPDATE pairing SET state = 'PAUSED', paused_at = now() WHERE id = ?", paused);
    UUID closedCohort = program.cohort(5, "farid");
    UUID ofClosedCohort =
        program.heldSession(program.pairing(closedCohort, "mia", "olga", "farid"), AN_HOUR, "mia");
    PulseProgram.update(
        "UPDATE cohort SET state = 'CLOSED', closed_at = now() WHERE id = ?", closedCohort);

    Map<Condition, String> says = new EnumMap<>(Condition.class);
    says.put(Condition.PARTY, "the questions are for the mentor and the mentee");
    says.put(Condition.NOT_PAUSED, "no questions are asked while the pairing is paused");
    says.put(Condition.HELD, "the questions open once the session is marked held");
    says.put(Condition.ATTENDED, "you are not recorded as having attended this session");
    says.put(Condition.OPEN, "the questions for this session closed on");
    says.put(Condition.NOT_ANSWERED, "you have already answered for this session");

    String tom = program.token("tom");
    assertAsked(api, tom, recent);
    HttpResponse<String> given = api.post("sessions/" + recent + "/answers", tom, answer(4, 4, 4));
    assertEquals(201, given.statusCode(), given.body());

    assertNotAskedAndRefused(api, program.token("farid"), recent, Condition.PARTY, says);
    assertNotAskedAndRefused(api, program.token("ravi"), whilePaused, Condition.NOT_PAUSED, says);
    assertNotAskedAndRefused(api, tom, planned, Condition.HELD, says);
    assertNotAskedAndRefused(api, program.token("nora"), tomAlone, Condition.ATTENDED, says);
    assertNotAskedAndRefused(api, tom, longAgo, Condition.OPEN, says);
    assertNotAskedAndRefused(api, program.token("mia"), ofClosedCohort, Condition.OPEN, says);
    assertNotAskedAndRefused(api, tom, recent, Condition.NOT_ANSWERED, says);
    assertEquals(EnumSet.allOf(Condition.class), TRIED, "every condition of the rule was tried");
  }

  private static void assertAsked(Api api, String token, UUID session) throws Exception {
    String waiting = api.get("me/questions", token).body();
    assertTrue(waiting.contains(session.toString()), waiting);
  }

  /** Not among the person's questions, and their answer refused for the condition's reason. */
  private static void assertNotAskedAndRefused(
      Api api, String token, UUID session, Condition failed, Map<Condition, String> says)
      throws Exception {
    TRIED.add(failed);
    String waiting = api.get("me/questions", token).body();
    assertFalse(waiting.contains(session.toString()), failed + ": not asked; " + waiting);
    int status = failed.kind().status();
    PulseIT.refused(api, token, session, answer(3, 3, 3), status, says.get(failed));
  }

  private static UUID plannedSession(UUID pairing) throws Exception {
    UUID id = UUID.randomUUID();
    Timestamp soon = Timestamp.from(Instant.now().plus(Duration.ofDays(2)));
    PulseProgram.update(
        "INSERT INTO mentoring_session (id, pairing_id, starts_at, place, state, planned_at)"
            + " VALUES (?, ?, ?, 'Room 4', 'PLANNED', now())",
        id,
        pairing,
        soon);
    return id;
  }
}
