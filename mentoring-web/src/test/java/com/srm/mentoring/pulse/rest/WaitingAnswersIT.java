package com.srm.mentoring.pulse.rest;

import static com.srm.mentoring.pulse.rest.AnswersAtRest.assertKeyOrder;
import static com.srm.mentoring.pulse.rest.AnswersAtRest.sharingATransaction;
import static com.srm.mentoring.pulse.rest.AnswersAtRest.timeColumns;
import static com.srm.mentoring.pulse.rest.AnswersAtRest.xmins;
import static com.srm.mentoring.pulse.rest.PulseProgram.answer;
import static com.srm.mentoring.pulse.rest.PulseProgram.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pulse.control.Batches;
import com.srm.mentoring.pulse.entity.IsoWeek;
import com.srm.mentoring.pulse.entity.RespondentRole;
import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.Await;
import com.srm.mentoring.testsupport.SharedApplication;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Someone who reads the whole database, system columns included, while answers wait and once they
 * are released, finds no transaction, order or time that ties an answer to the person who gave it:
 * answers arrive sealed, the server's own release round mixes them into the holding table and
 * releases them from there.
 */
@ExtendWith(SharedApplication.class)
class WaitingAnswersIT {

  @ApplicationUrl URL base;

  @Test
  void nobodyReadingTheDatabaseCanTellWhoGaveAWaitingOrAReleasedAnswer() throws Exception {
    Api api = new Api(base);
    PulseProgram program = new PulseProgram(api);
    UUID cohort = program.cohort(5, "farid");
    List<UUID[]> sessions = PulseIT.fivePairings(program, cohort, 2);

    // four mentors and four mentees answer: too few of a side for a release, their answers wait
    Connection held = holdBack(cohort);
    try {
      for (int p = 0; p < 4; p++) {
        give(api, program, sessions.get(0)[p], PulseIT.MENTORS[p], answer(1 + p, 1, 2));
        give(api, program, sessions.get(0)[p], PulseIT.MENTEES[p], answer(1 + p, 2, 2));
      }
      assertEquals(8, count("SELECT count(*) FROM pulse_inbox WHERE cohort_id = ?", cohort));
      assertEquals(
          0,
          count(
              "SELECT count(*) FROM pulse_inbox WHERE cohort_id = ?"
                  + " AND sealed NOT LIKE 'enc:v1:%'",
              cohort),
          "an answer on its way holds no value in the clear");
      assertEquals(0, count("SELECT count(*) FROM pulse_holding WHERE cohort_id = ?", cohort));
    } finally {
      held.close();
    }

    Await.until(
        () -> count("SELECT count(*) FROM pulse_inbox WHERE cohort_id = ?", cohort),
        left -> left == 0,
        "the release round mixes the arrived answers into the holding table");
    assertEquals(8, count("SELECT count(*) FROM pulse_holding WHERE cohort_id = ?", cohort));
    assertEquals(0, count("SELECT count(*) FROM pulse_answer WHERE cohort_id = ?", cohort));
    for (RespondentRole side : RespondentRole.values()) {
      assertEquals(1, xmins("pulse_holding", cohort, side).size(), side + ": written at once");
      assertKeyOrder("pulse_holding", cohort, side);
    }
    assertEquals(
        0,
        sharingATransaction("pulse_holding", cohort),
        "no waiting answer shares a transaction with a participation row");
    assertEquals(List.of(), timeColumns("pulse_holding"), "a waiting answer carries no time");
    JsonObject figures =
        Api.json(api.get("cohorts/" + cohort + "/pulse", program.token("hana"))).asJsonObject();
    assertEquals(0, figures.getJsonArray("cells").size(), "nothing released yet: " + figures);

    // the others answer; held back again so that each side goes out in one batch
    LocalDate releasedFrom;
    held = holdBack(cohort);
    try {
      give(api, program, sessions.get(0)[4], PulseIT.MENTORS[4], answer(5, 1, 2));
      give(api, program, sessions.get(0)[4], PulseIT.MENTEES[4], answer(5, 2, 2));
      for (int p = 0; p < 5; p++) {
        give(api, program, sessions.get(1)[p], PulseIT.MENTORS[p], answer(1 + p, 3, 2));
        give(api, program, sessions.get(1)[p], PulseIT.MENTEES[p], answer(1 + p, 4, 2));
      }
      releasedFrom = LocalDate.now(ZoneOffset.UTC);
    } finally {
      held.close();
    }
    PulseProgram.awaitRelease(cohort);
    LocalDate releasedBy = LocalDate.now(ZoneOffset.UTC);

    assertEquals(20, count("SELECT count(*) FROM pulse_answer WHERE cohort_id = ?", cohort));
    assertEquals(
        0,
        sharingATransaction("pulse_answer", cohort),
        "no released answer shares a transaction with a participation row");
    for (RespondentRole side : RespondentRole.values()) {
      assertEquals(1, xmins("pulse_answer", cohort, side).size(), side + ": one batch");
      assertKeyOrder("pulse_answer", cohort, side);
    }
    assertEquals(List.of("iso_week"), timeColumns("pulse_answer"), "only the week of release");
    Set<String> weeks =
        Set.copyOf(
            AnswersAtRest.strings(
                "SELECT DISTINCT iso_week FROM pulse_answer WHERE cohort_id = ?", cohort));
    assertEquals(1, weeks.size(), weeks.toString());
    String week = weeks.iterator().next();
    assertTrue(
        week.equals(IsoWeek.of(releasedFrom)) || week.equals(IsoWeek.of(releasedBy)),
        "the week of the release, not of answering: " + week);
    JsonObject released =
        Api.json(api.get("cohorts/" + cohort + "/pulse", program.token("hana"))).asJsonObject();
    assertEquals(20, PulseIT.cell(released, null, null).getInt("answers"));
  }

  /**
   * Holds both sides' locks shared, as an answer being written does, until closed: no round mixes
   * or releases the cohort's answers meanwhile.
   */
  static Connection holdBack(UUID cohort) throws Exception {
    Connection holding = PulseProgram.database().getConnection();
    for (RespondentRole side : RespondentRole.values()) {
      try (PreparedStatement hold =
          holding.prepareStatement("SELECT pg_advisory_lock_shared(?, hashtext(?))")) {
        hold.setInt(1, Batches.LOCK_SPACE);
        hold.setString(2, Batches.lockName(cohort, side));
        hold.execute();
      }
    }
    return holding;
  }

  static void give(Api api, PulseProgram program, UUID session, String person, String answer)
      throws Exception {
    HttpResponse<String> given =
        api.post("sessions/" + session + "/answers", program.token(person), answer);
    assertEquals(201, given.statusCode(), person + ": " + given.body());
  }
}
