package com.srm.mentoring.pulse.rest;

import static com.srm.mentoring.pulse.rest.PulseProgram.answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Rounds;
import com.srm.mentoring.testsupport.SharedApplication;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The facilitator of a cohort of 12 sees who has answered (the participation list) and reads every
 * figure the server shows them after each single answer, while the server releases batches on its
 * own timer. If any figure changed between two reads by the answers of fewer than k people, the
 * facilitator would learn the values of whoever answered in between: it must never happen.
 */
@ExtendWith(SharedApplication.class)
class DifferencingOverTimeIT {

  static final int K = 3;
  static final String[] MENTORS = {"jun", "mia", "ken", "nora", "ravi", "tom"};
  static final String[] MENTEES = {"victor", "fiona", "sam", "olga", "pat", "lena"};

  @ApplicationUrl URL base;

  /** One answer due: this person for this session. */
  record Due(String person, UUID session) {}

  @Test
  void noChangeAFacilitatorCanSeeRestsOnFewerThanKPeople() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = program.cohort(K, "farid");
    List<Due> due = new ArrayList<>();
    for (int p = 0; p < MENTORS.length; p++) {
      UUID pairing = program.pairing(cohort, MENTORS[p], MENTEES[p], "farid");
      for (Duration ago : List.of(Duration.ofHours(2), Duration.ofHours(1))) {
        UUID session = program.heldSession(pairing, ago, MENTORS[p], MENTEES[p]);
        due.add(new Due(MENTORS[p], session));
        due.add(new Due(MENTEES[p], session));
      }
    }
    long seed = System.nanoTime();
    Collections.shuffle(due, new Random(seed));
    String facilitator = program.token("farid");

    Map<String, JsonObject> lastSeen = new HashMap<>();
    Set<String> releasedBefore = released(cohort);
    int changes = 0;
    for (Due answer : due) {
      HttpResponse<String> given =
          api.post(
              "sessions/" + answer.session() + "/answers",
              program.token(answer.person()),
              answer(1 + Math.floorMod(answer.hashCode(), 5), 4, 3));
      assertEquals(201, given.statusCode(), answer + ": " + given.body());
      // run the release round now: whatever it may release is out before the next read
      Rounds.run(api, facilitator, "pulse-release");

      // a read between two equal views of the participation table saw no release half-way
      JsonObject pulse;
      Set<String> releasedNow;
      Set<String> check;
      do {
        releasedNow = released(cohort);
        pulse = Api.json(api.get("cohorts/" + cohort + "/pulse", facilitator)).asJsonObject();
        check = released(cohort);
      } while (!check.equals(releasedNow));
      Set<String> newlyReleased = new HashSet<>(releasedNow);
      newlyReleased.removeAll(releasedBefore);
      for (JsonValue value : pulse.getJsonArray("cells")) {
        JsonObject cell = value.asJsonObject();
        if (cell.getBoolean("suppressed")) {
          continue;
        }
        String key = cell.getString("role", "*") + "/" + cell.getString("week", "*");
        long answers = cell.getJsonNumber("answers").longValue();
        assertTrue(answers >= K, key + " shown over " + answers + " answers (seed " + seed + ")");
        JsonObject before = lastSeen.put(key, cell);
        if (before != null && !before.equals(cell)) {
          changes++;
          long added = answers - before.getJsonNumber("answers").longValue();
          assertTrue(added >= K, key + " changed by " + added + " answers (seed " + seed + ")");
          String role = cell.getString("role", null);
          long people =
              newlyReleased.stream()
                  .filter(r -> role == null || r.endsWith("/" + role))
                  .map(r -> r.substring(0, r.indexOf('/')))
                  .distinct()
                  .count();
          assertTrue(
              people >= K, key + " changed by the answers of " + people + " (seed " + seed + ")");
        }
      }
      releasedBefore = releasedNow;
    }
    assertTrue(
        changes >= 2, "figures the facilitator reads changed as batches came in: " + changes);
  }

  /**
   * The released answers of the cohort, as {@code subject/session/ROLE}: what the facilitator can
   * tell from the participation list, read here from its table.
   */
  static Set<String> released(UUID cohort) throws Exception {
    Set<String> people = new HashSet<>();
    try (Connection c = PulseProgram.database().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT person_subject, session_id, respondent_role FROM pulse_participation"
                    + " WHERE cohort_id = ? AND NOT pending")) {
      s.setObject(1, cohort);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          people.add(r.getString(1) + "/" + r.getString(2) + "/" + r.getString(3));
        }
      }
    }
    return people;
  }
}
