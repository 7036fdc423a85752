package com.srm.mentoring.analytics.rest;

import static com.srm.mentoring.pulse.rest.PulseProgram.update;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.Tokens;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A small program with figures one can count by hand, written straight into the database: the
 * dashboard's tests check the REST answers and the page against these numbers.
 */
final class AnalyticsData {

  private final PulseProgram program;

  AnalyticsData(PulseProgram program) {
    this.program = program;
  }

  /**
   * Waits until the application knows these people: in a fresh environment they arrive with the
   * first directory sync, or with their first sign-in.
   */
  static void awaitKnown(Api api, String... usernames) throws Exception {
    for (String username : usernames) {
      String token = Tokens.of(username);
      Await.until(
          () -> api.get("me", token).statusCode(),
          status -> status != 404,
          username + " known to the application",
          Duration.ofMinutes(2));
    }
  }

  static Timestamp at(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }

  static Timestamp ago(Duration duration) {
    return Timestamp.from(Instant.now().minus(duration));
  }

  UUID pairing(UUID cohort, String mentor, String mentee, Timestamp formedAt) throws Exception {
    UUID id = UUID.randomUUID();
    update(
        "INSERT INTO pairing (id, cohort_id, mentor_subject, mentee_subject, facilitator_subject,"
            + " state, formed_at, objective, objective_locked_at) VALUES (?, ?, ?, ?, ?, 'ACTIVE',"
            + " ?, 'Learn the new tools', ?)",
        id,
        cohort,
        program.subject(mentor),
        program.subject(mentee),
        program.subject("farid"),
        formedAt,
        formedAt);
    return id;
  }

  /**
   * Both parties' ratings, on the pairing and among the released ratings, as if their batches had
   * gone out: the figures read only the latter.
   */
  void rate(UUID cohort, UUID pairing, int senior, int junior) throws Exception {
    update(
        "UPDATE pairing SET senior_rating = ?, junior_rating = ? WHERE id = ?",
        senior,
        junior,
        pairing);
    for (Object[] side : new Object[][] {{"MENTEE", senior}, {"MENTOR", junior}}) {
      update(
          "INSERT INTO rating_released (id, cohort_id, respondent_role, rating)"
              + " VALUES (?, ?, ?, ?)",
          UUID.randomUUID(),
          cohort,
          side[0],
          side[1]);
    }
  }

  void requestRepair(UUID pairing, Timestamp at) throws Exception {
    update("UPDATE pairing SET repair_requested_at = ? WHERE id = ?", at, pairing);
  }

  /** The person withdrew from the program, which ended the pairing, as the product records it. */
  void withdraw(UUID pairing, String username, Timestamp at) throws Exception {
    update(
        "INSERT INTO program_withdrawal (subject, withdrawn_at) VALUES (?, ?)",
        program.subject(username),
        at);
    update(
        "UPDATE pairing SET state = 'ENDED', ended_at = ?, end_cause = 'WITHDRAWAL' WHERE id = ?",
        at,
        pairing);
  }

  /** A session in this state starting at {@code startsAt}, attended by these people. */
  UUID session(UUID pairing, String state, Timestamp startsAt, String... attended)
      throws Exception {
    UUID id = UUID.randomUUID();
    update(
        "INSERT INTO mentoring_session (id, pairing_id, starts_at, place, state, planned_at,"
            + " closed_at) VALUES (?, ?, ?, 'Room 2', ?, ?, ?)",
        id,
        pairing,
        startsAt,
        state,
        startsAt,
        "PLANNED".equals(state) ? null : startsAt);
    for (String person : attended) {
      update(
          "INSERT INTO session_attendance (session_id, subject) VALUES (?, ?)",
          id,
          program.subject(person));
    }
    return id;
  }

  /** "This person answered for this session", as the participation table keeps it. */
  void answered(UUID cohort, UUID session, String person, String role) throws Exception {
    update(
        "INSERT INTO pulse_participation (person_subject, session_id, cohort_id, respondent_role,"
            + " pending) VALUES (?, ?, ?, ?, false)",
        program.subject(person),
        session,
        cohort,
        role);
  }

  /** A released answer. */
  static void answer(UUID cohort, String role, int spokeOpenly, int feltHeard, int recommend)
      throws Exception {
    update(
        "INSERT INTO pulse_answer (id, cohort_id, respondent_role, iso_week, spoke_openly,"
            + " felt_heard, would_recommend) VALUES (?, ?, ?, '2026-W44', ?, ?, ?)",
        UUID.randomUUID(),
        cohort,
        role,
        spokeOpenly,
        feltHeard,
        recommend);
  }
}
