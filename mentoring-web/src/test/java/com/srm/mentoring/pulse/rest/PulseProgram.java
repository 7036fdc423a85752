package com.srm.mentoring.pulse.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.IntegrationEnvironment;
import com.srm.mentoring.testsupport.PostgresServer;
import com.srm.mentoring.testsupport.Tokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Sets up cohorts, pairings and held sessions for the micro-question tests straight in the
 * database, with people who signed the charter over REST: each test gets a cohort of its own.
 */
public final class PulseProgram {

  private final Api api;
  private final Map<String, String> tokens = new HashMap<>();

  public PulseProgram(Api api) {
    this.api = api;
  }

  public static DataSource database() {
    return IntegrationEnvironment.postgres().superuserDataSource(PostgresServer.DATABASE);
  }

  /** A token of someone known to the application who signed the charter in force. */
  public String token(String username) throws Exception {
    String token = tokens.get(username);
    if (token == null) {
      token = Tokens.of(username);
      // on a fresh server people become known with its first directory sync
      String signedIn = token;
      int status =
          Await.until(
              () -> api.get("me", signedIn).statusCode(),
              code -> code != 404,
              username + " known to the application",
              Duration.ofMinutes(2));
      assertEquals(200, status, username);
      CharterSigning.signCurrent(api, token);
      tokens.put(username, token);
    }
    return token;
  }

  public String subject(String username) throws Exception {
    token(username);
    try (Connection c = database().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT subject FROM person WHERE username = ?")) {
      s.setString(1, username);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  /** An active cohort with this k and these facilitators. */
  public UUID cohort(int k, String... facilitators) throws Exception {
    UUID id = UUID.randomUUID();
    update(
        "INSERT INTO cohort (id, name, starts_on, ends_on, state, anonymity_threshold, created_at)"
            + " VALUES (?, ?, ?, ?, 'ACTIVE', ?, now())",
        id,
        "Pulse " + id,
        LocalDate.now().minusDays(30),
        LocalDate.now().plusDays(60),
        k);
    for (String facilitator : facilitators) {
      update(
          "INSERT INTO cohort_facilitator (cohort_id, subject) VALUES (?, ?)",
          id,
          subject(facilitator));
    }
    return id;
  }

  public UUID pairing(UUID cohort, String mentor, String mentee, String facilitator)
      throws Exception {
    UUID id = UUID.randomUUID();
    update(
        "INSERT INTO pairing (id, cohort_id, mentor_subject, mentee_subject, facilitator_subject,"
            + " state, formed_at) VALUES (?, ?, ?, ?, ?, 'ACTIVE', now())",
        id,
        cohort,
        subject(mentor),
        subject(mentee),
        subject(facilitator));
    return id;
  }

  /** A session marked held {@code ago}, attended by these people. */
  public UUID heldSession(UUID pairing, Duration ago, String... attended) throws Exception {
    UUID id = UUID.randomUUID();
    Timestamp heldAt = Timestamp.from(Instant.now().minus(ago));
    update(
        "INSERT INTO mentoring_session (id, pairing_id, starts_at, place, state, planned_at,"
            + " closed_at) VALUES (?, ?, ?, 'Room 4', 'HELD', ?, ?)",
        id,
        pairing,
        heldAt,
        heldAt,
        heldAt);
    for (String person : attended) {
      update(
          "INSERT INTO session_attendance (session_id, subject) VALUES (?, ?)",
          id,
          subject(person));
    }
    return id;
  }

  public static void update(String sql, Object... values) throws SQLException {
    try (Connection c = database().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  public static long count(String sql, Object... values) throws SQLException {
    try (Connection c = database().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /**
   * Waits until the cohort has no answer waiting for release: none in the inbox, the holding table
   * or a batch on its way out, and nobody's answer pending.
   */
  public static void awaitRelease(UUID cohort) throws Exception {
    Await.until(
        () -> waiting(cohort), left -> left == 0, "the release of " + cohort + "'s answers");
  }

  /** The rows of the cohort's answers on their way to the figures, and the pending people. */
  public static long waiting(UUID cohort) throws SQLException {
    return count(
        "SELECT (SELECT count(*) FROM pulse_inbox WHERE cohort_id = ?)"
            + " + (SELECT count(*) FROM pulse_holding WHERE cohort_id = ?)"
            + " + (SELECT count(*) FROM pulse_outbox WHERE cohort_id = ?)"
            + " + (SELECT count(*) FROM pulse_participation WHERE cohort_id = ? AND pending)",
        cohort,
        cohort,
        cohort,
        cohort);
  }

  public static String answer(int spokeOpenly, int feltHeard, int wouldRecommend) {
    return """
        {"spokeOpenly": %d, "feltHeard": %d, "wouldRecommend": %d, "checkIn": false}"""
        .formatted(spokeOpenly, feltHeard, wouldRecommend);
  }
}
