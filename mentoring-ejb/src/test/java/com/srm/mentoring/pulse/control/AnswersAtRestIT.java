package com.srm.mentoring.pulse.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.platform.control.ProgramClock;
import com.srm.mentoring.platform.control.SchemaMigration;
import com.srm.mentoring.platform.control.SealedBoxes;
import com.srm.mentoring.pulse.entity.Answer;
import com.srm.mentoring.pulse.entity.IsoWeek;
import com.srm.mentoring.pulse.entity.RespondentRole;
import com.srm.mentoring.testsupport.AtRestDatabase;
import com.srm.mentoring.testsupport.PostgresServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a superuser reading the whole database, system columns included, finds of the answers while
 * they wait and once they are released: nothing that ties a value to the transaction, the order or
 * the time in which a person answered. Answers are written as {@code Pulses.answer} writes them,
 * each in a transaction of its own, and moved on as the release round moves them.
 */
class AnswersAtRestIT {

  static AtRestDatabase atRest;
  static PostgresServer postgres;
  static DataSource superuser;
  static EntityManagerFactory emf;

  /** The pairing of each person of these tests, by subject: a mentor has one at a time. */
  static final Map<String, UUID> PAIRINGS = new HashMap<>();

  @BeforeAll
  static void start() {
    atRest = AtRestDatabase.start("atrest");
    postgres = atRest.postgres();
    superuser = atRest.superuser();
    emf = atRest.emf();
  }

  @AfterAll
  static void stop() {
    if (atRest != null) {
      atRest.close();
    }
  }

  @Test
  void aWaitingAnswerIsSealedUntilMixedAndThenSharesNoTransactionOrPlaceWithItsAuthor()
      throws Exception {
    UUID cohort = cohort(5);
    List<Answer> given = new ArrayList<>();
    for (int person = 0; person < 4; person++) {
      String mentor = person("mentor");
      for (int session = 0; session < 2; session++) {
        Answer answer = new Answer(1 + person, 1 + session, 1 + (person + session) % 5);
        answer(cohort, mentor, RespondentRole.MENTOR, answer);
        given.add(answer);
      }
    }

    assertEquals(8, atRest.count("SELECT count(*) FROM pulse_inbox WHERE cohort_id = ?", cohort));
    assertEquals(
        0,
        atRest.count(
            "SELECT count(*) FROM pulse_inbox WHERE cohort_id = ? AND sealed NOT LIKE 'enc:v1:%'",
            cohort),
        "every waiting answer is sealed");
    assertEquals(0, atRest.count("SELECT count(*) FROM pulse_holding WHERE cohort_id = ?", cohort));

    assertTrue(mixed(cohort, RespondentRole.MENTOR));
    assertEquals(0, atRest.count("SELECT count(*) FROM pulse_inbox WHERE cohort_id = ?", cohort));
    assertEquals(sorted(given), sorted(values("pulse_holding", cohort)), "every answer, once");
    // eight different answers: on disk in the order they were given by chance once in 40,320
    assertNotEquals(
        texts(given),
        atRest.strings(
            superuser,
            "SELECT spoke_openly || ',' || felt_heard || ',' || would_recommend FROM pulse_holding"
                + " WHERE cohort_id = ? ORDER BY ctid",
            cohort),
        "the rows on disk do not lie in the order the answers were given");
    Set<String> firstMix = assertOneTransactionNoParticipationHas("pulse_holding", cohort);
    atRest.assertInKeyOrder("pulse_holding", cohort, RespondentRole.MENTOR.name());
    Set<String> firstKeys = atRest.keys("pulse_holding", cohort);

    Answer late = new Answer(5, 5, 5);
    answer(cohort, person("mentor"), RespondentRole.MENTOR, late);
    given.add(late);
    assertTrue(mixed(cohort, RespondentRole.MENTOR));
    assertEquals(sorted(given), sorted(values("pulse_holding", cohort)));
    Set<String> secondMix = assertOneTransactionNoParticipationHas("pulse_holding", cohort);
    assertNotEquals(
        firstMix, secondMix, "the earlier answers were written again with the late one");
    atRest.assertInKeyOrder("pulse_holding", cohort, RespondentRole.MENTOR.name());
    Set<String> reused = atRest.keys("pulse_holding", cohort);
    reused.retainAll(firstKeys);
    assertEquals(Set.of(), reused, "every waiting answer got a fresh key");
  }

  @Test
  void theKeyOrderHoldsInATableFullOfHoles() throws Exception {
    UUID other = cohort(5);
    try (Connection c = superuser.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO pulse_holding (id, cohort_id, respondent_role, spoke_openly, felt_heard,"
              + " would_recommend) SELECT gen_random_uuid(), '"
              + other
              + "', 'MENTEE', 3, 3, 3 FROM generate_series(1, 3000)");
      s.execute(
          "DELETE FROM pulse_holding WHERE cohort_id = '"
              + other
              + "' AND ctid IN (SELECT ctid FROM pulse_holding WHERE cohort_id = '"
              + other
              + "' ORDER BY ctid LIMIT 2500) AND random() < 0.7");
      s.execute("VACUUM pulse_holding");
    }
    UUID cohort = cohort(5);
    for (int i = 0; i < 120; i++) {
      answer(cohort, person("mentee"), RespondentRole.MENTEE, new Answer(1 + i % 5, 2, 3));
    }
    assertTrue(mixed(cohort, RespondentRole.MENTEE));
    assertEquals(
        120, atRest.count("SELECT count(*) FROM pulse_holding WHERE cohort_id = ?", cohort));
    assertTrue(
        atRest.count(
                "SELECT count(DISTINCT (ctid::text::point)[0]) FROM pulse_holding"
                    + " WHERE cohort_id = ?",
                cohort)
            > 1,
        "the group spans pages");
    atRest.assertInKeyOrder("pulse_holding", cohort, RespondentRole.MENTEE.name());
    assertOneTransactionNoParticipationHas("pulse_holding", cohort);
  }

  @Test
  void aReleaseSettlesWhoAnsweredApartFromWritingTheAnswers() throws Exception {
    UUID cohort = cohort(3);
    List<Answer> given = List.of(new Answer(1, 2, 3), new Answer(4, 4, 4), new Answer(2, 5, 1));
    answer(cohort, person("mentee"), RespondentRole.MENTEE, given.get(0));
    answer(cohort, person("mentee"), RespondentRole.MENTEE, given.get(1));
    assertTrue(mixed(cohort, RespondentRole.MENTEE));
    // the third is still in the inbox when the release comes: it goes out with the others
    answer(cohort, person("mentee"), RespondentRole.MENTEE, given.get(2));

    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    assertEquals(
        Optional.of(ReleasePlan.Decision.RELEASE),
        inTransaction(batches -> batches.settle(cohort, RespondentRole.MENTEE)));
    LocalDate after = LocalDate.now(ZoneOffset.UTC);
    assertEquals(0, atRest.count("SELECT count(*) FROM pulse_holding WHERE cohort_id = ?", cohort));
    assertEquals(0, atRest.count("SELECT count(*) FROM pulse_inbox WHERE cohort_id = ?", cohort));
    assertEquals(
        0,
        atRest.count(
            "SELECT count(*) FROM pulse_participation WHERE cohort_id = ? AND pending", cohort));
    assertEquals(
        1,
        atRest.count(
            "SELECT count(*) FROM pulse_outbox WHERE cohort_id = ? AND sealed LIKE 'enc:v1:%'",
            cohort),
        "the batch waits sealed");
    assertEquals(0, atRest.count("SELECT count(*) FROM pulse_answer WHERE cohort_id = ?", cohort));

    UUID batch =
        UUID.fromString(atRest.text("SELECT id FROM pulse_outbox WHERE cohort_id = ?", cohort));
    assertTrue(published(batch));
    assertFalse(published(batch), "a batch is written once");
    assertEquals(0, atRest.count("SELECT count(*) FROM pulse_outbox WHERE cohort_id = ?", cohort));
    assertEquals(sorted(given), sorted(values("pulse_answer", cohort)));
    assertOneTransactionNoParticipationHas("pulse_answer", cohort);
    atRest.assertInKeyOrder("pulse_answer", cohort, RespondentRole.MENTEE.name());
    String week =
        atRest.text("SELECT DISTINCT iso_week FROM pulse_answer WHERE cohort_id = ?", cohort);
    assertTrue(
        week.equals(IsoWeek.of(before)) || week.equals(IsoWeek.of(after)),
        "the week of the release: " + week);
    assertEquals(
        3,
        atRest.count(
            "SELECT answers FROM pulse_tally WHERE cohort_id = ? AND respondent_role = 'MENTEE'",
            cohort),
        "the batch is counted in the figures");
  }

  @Test
  void theAnswersOfOnePersonAloneStaySealedInTheInboxUntilASecondPersonAnswers() throws Exception {
    UUID cohort = cohort(5);
    String first = person("mentor");
    answer(cohort, first, RespondentRole.MENTOR, new Answer(1, 2, 3));
    answer(cohort, first, RespondentRole.MENTOR, new Answer(2, 2, 2));
    assertTrue(mixed(cohort, RespondentRole.MENTOR));
    assertEquals(
        0,
        atRest.count("SELECT count(*) FROM pulse_holding WHERE cohort_id = ?", cohort),
        "two answers of one person, mixed in the clear, would be theirs");
    assertEquals(
        2,
        atRest.count(
            "SELECT count(*) FROM pulse_inbox WHERE cohort_id = ? AND sealed LIKE 'enc:v1:%'",
            cohort),
        "they wait sealed");

    answer(cohort, person("mentor"), RespondentRole.MENTOR, new Answer(5, 5, 5));
    assertTrue(mixed(cohort, RespondentRole.MENTOR));
    assertEquals(0, atRest.count("SELECT count(*) FROM pulse_inbox WHERE cohort_id = ?", cohort));
    assertEquals(
        sorted(List.of(new Answer(1, 2, 3), new Answer(2, 2, 2), new Answer(5, 5, 5))),
        sorted(values("pulse_holding", cohort)),
        "with a second person's answer they are mixed");
    assertOneTransactionNoParticipationHas("pulse_holding", cohort);
  }

  @Test
  void closingTheCohortDiscardsWhatWaitsInTheInboxToo() throws Exception {
    UUID cohort = cohort(5);
    answer(cohort, person("mentor"), RespondentRole.MENTOR, new Answer(3, 3, 3));
    answer(cohort, person("mentor"), RespondentRole.MENTOR, new Answer(2, 2, 2));
    assertTrue(mixed(cohort, RespondentRole.MENTOR));
    assertEquals(2, atRest.count("SELECT count(*) FROM pulse_holding WHERE cohort_id = ?", cohort));
    answer(cohort, person("mentor"), RespondentRole.MENTOR, new Answer(4, 4, 4));
    atRest.execute("UPDATE cohort SET state = 'CLOSED', closed_at = now() WHERE id = ?", cohort);

    assertEquals(
        Optional.of(ReleasePlan.Decision.DISCARD),
        inTransaction(batches -> batches.settle(cohort, RespondentRole.MENTOR)));
    for (String table : List.of("pulse_holding", "pulse_inbox", "pulse_outbox", "pulse_answer")) {
      assertEquals(
          0, atRest.count("SELECT count(*) FROM " + table + " WHERE cohort_id = ?", cohort), table);
    }
    assertEquals(
        3,
        atRest.count(
            "SELECT count(*) FROM pulse_participation WHERE cohort_id = ? AND NOT pending", cohort),
        "who answered is still known, as settled");
  }

  @Test
  void answersWaitingAtTheUpgradeLoseTheirWeekAndTheirAuthorsTransaction() throws Exception {
    String name = "upgrade" + UUID.randomUUID().toString().substring(0, 8);
    postgres.ensureApplicationDatabase(name);
    SchemaMigration.flyway(PostgresServer.USER)
        .dataSource(postgres.ownerDataSource(name))
        .target("23")
        .load()
        .migrate();
    DataSource old = postgres.superuserDataSource(name);
    UUID cohort = atRest.cohort(old, 5, "At rest ");
    for (int i = 0; i < 3; i++) {
      String mentee = atRest.person(old, "mentee");
      UUID session = session(old, cohort, mentee);
      // as answering wrote them before: participation and the values in one transaction
      try (Connection c = old.getConnection()) {
        c.setAutoCommit(false);
        atRest.execute(
            c,
            "INSERT INTO pulse_participation (person_subject, session_id, cohort_id,"
                + " respondent_role, pending) VALUES (?, ?, ?, 'MENTEE', true)",
            mentee,
            session,
            cohort);
        atRest.execute(
            c,
            "INSERT INTO pulse_holding (id, cohort_id, respondent_role, iso_week, spoke_openly,"
                + " felt_heard, would_recommend) VALUES (?, ?, 'MENTEE', '2026-W49', ?, 2, 3)",
            UUID.randomUUID(),
            cohort,
            1 + i);
        c.commit();
      }
    }
    assertEquals(3, atRest.count(old, joinedOnXmin("pulse_holding"), cohort), "linked before");

    SchemaMigration.migrate(postgres.ownerDataSource(name), PostgresServer.USER);
    assertEquals(0, atRest.count(old, joinedOnXmin("pulse_holding"), cohort));
    assertEquals(
        0,
        atRest.count(
            old,
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'pulse_holding'"
                + " AND column_name = 'iso_week'"));
    assertEquals(
        List.of("1,2,3", "2,2,3", "3,2,3"),
        sorted(values(old, "pulse_holding", cohort)),
        "the waiting answers are all still there");
  }

  // ---------------------------------------------------------------------------------------------

  /** Every row of the cohort in the table carries one xmin, and no participation row has it. */
  private static Set<String> assertOneTransactionNoParticipationHas(String table, UUID cohort)
      throws SQLException {
    Set<String> xmins = new HashSet<>();
    try (Connection c = superuser.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT DISTINCT xmin::text FROM " + table + " WHERE cohort_id = ?")) {
      s.setObject(1, cohort);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          xmins.add(r.getString(1));
        }
      }
    }
    assertEquals(1, xmins.size(), table + " rows of one transaction: " + xmins);
    assertEquals(0, atRest.count(joinedOnXmin(table), cohort), "no participation row shares it");
    assertEquals(
        0,
        atRest.count(
            "SELECT count(*) FROM pulse_participation p JOIN " + table + " t ON t.xmin = p.xmin"),
        "nor any other's");
    // the test server keeps commit timestamps, as an administrator may switch on: the rows'
    // commit is the mixing's or the release's, never that of an answer or a participation row
    assertEquals(
        0,
        atRest.count(
            "SELECT count(*) FROM pulse_participation p JOIN "
                + table
                + " t ON pg_xact_commit_timestamp(t.xmin) = pg_xact_commit_timestamp(p.xmin)"
                + " WHERE t.cohort_id = ?",
            cohort),
        "no participation row was committed at the same moment");
    return xmins;
  }

  private static String joinedOnXmin(String table) {
    return "SELECT count(*) FROM pulse_participation p JOIN "
        + table
        + " t ON t.xmin = p.xmin WHERE t.cohort_id = ?";
  }

  private static List<String> values(String table, UUID cohort) throws SQLException {
    return values(superuser, table, cohort);
  }

  private static List<String> values(DataSource db, String table, UUID cohort) throws SQLException {
    return atRest.strings(
        db,
        "SELECT spoke_openly || ',' || felt_heard || ',' || would_recommend FROM "
            + table
            + " WHERE cohort_id = ?",
        cohort);
  }

  /** The answers as the tables' rows read, in the order given. */
  private static List<String> texts(List<Answer> answers) {
    return answers.stream()
        .map(a -> a.spokeOpenly() + "," + a.feltHeard() + "," + a.wouldRecommend())
        .toList();
  }

  private static List<String> sorted(List<?> values) {
    List<String> texts = new ArrayList<>();
    for (Object value : values) {
      texts.add(
          value instanceof Answer a
              ? a.spokeOpenly() + "," + a.feltHeard() + "," + a.wouldRecommend()
              : value.toString());
    }
    Collections.sort(texts);
    return texts;
  }

  private static boolean mixed(UUID cohort, RespondentRole role) {
    return inTransaction(batches -> batches.mix(cohort, role));
  }

  private static boolean published(UUID batch) {
    return inTransaction(batches -> batches.publish(batch));
  }

  /** Runs the work in one transaction of the application's role, as a release round step does. */
  private static <T> T inTransaction(Function<Batches, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      Batches batches = new Batches();
      batches.em = em;
      batches.clock = new ProgramClock();
      batches.rows = new AnswerRows();
      batches.rows.em = em;
      batches.boxes = SealedBoxes.using(em);
      em.getTransaction().begin();
      T result = work.apply(batches);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** One answer as {@code Pulses.answer} writes it, for a held session of the person's own. */
  private static void answer(UUID cohort, String subject, RespondentRole role, Answer answer)
      throws SQLException {
    UUID session = session(superuser, cohort, subject);
    inTransaction(
        batches -> {
          batches.lockShared(cohort, role);
          batches
              .em
              .createNativeQuery(
                  "INSERT INTO pulse_participation (person_subject, session_id, cohort_id,"
                      + " respondent_role, pending) VALUES (?1, CAST(?2 AS uuid),"
                      + " CAST(?3 AS uuid), ?4, true)")
              .setParameter(1, subject)
              .setParameter(2, session.toString())
              .setParameter(3, cohort.toString())
              .setParameter(4, role.name())
              .executeUpdate();
          batches.post(cohort, role, answer);
          return null;
        });
  }

  private static UUID cohort(int k) throws SQLException {
    return atRest.cohort(superuser, k, "At rest ");
  }

  private static String person(String kind) throws SQLException {
    return atRest.person(superuser, kind);
  }

  /** A held session of the person's pairing, formed with its first session. */
  private static UUID session(DataSource db, UUID cohort, String subject) throws SQLException {
    UUID pairing = PAIRINGS.get(subject);
    try (Connection c = db.getConnection()) {
      if (pairing == null) {
        pairing = UUID.randomUUID();
        atRest.execute(
            c,
            "INSERT INTO pairing (id, cohort_id, mentor_subject, mentee_subject,"
                + " facilitator_subject, state, formed_at) VALUES (?, ?, ?, ?, ?, 'ACTIVE',"
                + " now())",
            pairing,
            cohort,
            subject,
            atRest.person(db, "other"),
            atRest.person(db, "facilitator"));
        PAIRINGS.put(subject, pairing);
      }
      UUID session = UUID.randomUUID();
      atRest.execute(
          c,
          "INSERT INTO mentoring_session (id, pairing_id, starts_at, place, state, planned_at,"
              + " closed_at) VALUES (?, ?, now(), 'Room 1', 'HELD', now(), now())",
          session,
          pairing);
      return session;
    }
  }
}
