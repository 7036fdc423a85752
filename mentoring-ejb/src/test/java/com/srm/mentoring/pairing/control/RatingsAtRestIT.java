package com.srm.mentoring.pairing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.pairing.entity.Pairing;
import com.srm.mentoring.pairing.entity.RatingSide;
import com.srm.mentoring.platform.control.SchemaMigration;
import com.srm.mentoring.platform.control.SealedBoxes;
import com.srm.mentoring.testsupport.AtRestDatabase;
import com.srm.mentoring.testsupport.PostgresServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a superuser reading the whole database, system columns included, finds of the ratings of
 * objectives while they wait and once they are released: the pairing's copy and the inbox hold
 * ciphertext only, and nothing ties a held or released value to the transaction or the order in
 * which a person rated. Ratings are given as {@code Pairings.rate} gives them, each in a
 * transaction of its own, and moved on as the release round moves them.
 */
class RatingsAtRestIT {

  static AtRestDatabase atRest;
  static PostgresServer postgres;
  static DataSource superuser;
  static EntityManagerFactory emf;

  /** A pairing of the tests, ended so that its parties may rate. */
  record Ended(UUID id, String mentor, String mentee) {}

  @BeforeAll
  static void start() {
    atRest = AtRestDatabase.start("ratings");
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
  void aRatingIsSealedOnThePairingAndInTheInboxAndOnceMixedSharesNoTransactionOrPlaceWithItsAuthor()
      throws Exception {
    UUID cohort = cohort(5);
    List<Integer> given = new ArrayList<>();
    List<Ended> pairings = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Ended pairing = ended(cohort);
      pairings.add(pairing);
      rate(pairing.id(), pairing.mentee(), 1 + i);
      given.add(1 + i);
      rate(pairing.id(), pairing.mentor(), 5 - i);
    }

    assertNoRatingInTheClear(cohort);
    assertEquals(8, atRest.count("SELECT count(*) FROM rating_inbox WHERE cohort_id = ?", cohort));
    assertEquals(
        0, atRest.count("SELECT count(*) FROM rating_holding WHERE cohort_id = ?", cohort));
    for (int i = 0; i < 4; i++) {
      Ended pairing = pairings.get(i);
      assertEquals(1 + i, ratingOf(pairing.id(), pairing.mentee()), "the senior sees theirs");
      assertEquals(5 - i, ratingOf(pairing.id(), pairing.mentor()), "the junior sees theirs");
    }

    assertTrue(mixed(cohort, RatingSide.MENTEE));
    assertEquals(
        4,
        atRest.count("SELECT count(*) FROM rating_inbox WHERE cohort_id = ?", cohort),
        "the other side waits for its own mix");
    assertEquals(sorted(given), sorted(values("rating_holding", cohort)), "every rating, once");
    Set<String> firstMix =
        assertOneTransactionNoPersonRowHas("rating_holding", cohort, RatingSide.MENTEE);
    atRest.assertInKeyOrder("rating_holding", cohort, RatingSide.MENTEE.name());
    Set<String> firstKeys = atRest.keys("rating_holding", cohort);

    Ended late = ended(cohort);
    rate(late.id(), late.mentee(), 3);
    given.add(3);
    assertTrue(mixed(cohort, RatingSide.MENTEE));
    assertTrue(mixed(cohort, RatingSide.MENTOR));
    assertEquals(0, atRest.count("SELECT count(*) FROM rating_inbox WHERE cohort_id = ?", cohort));
    assertEquals(
        sorted(given),
        sorted(values("rating_holding", cohort, RatingSide.MENTEE)),
        "the late one joined the others");
    Set<String> secondMix =
        assertOneTransactionNoPersonRowHas("rating_holding", cohort, RatingSide.MENTEE);
    assertOneTransactionNoPersonRowHas("rating_holding", cohort, RatingSide.MENTOR);
    assertNotEquals(
        firstMix, secondMix, "the earlier ratings were written again with the late one");
    atRest.assertInKeyOrder("rating_holding", cohort, RatingSide.MENTEE.name());
    atRest.assertInKeyOrder("rating_holding", cohort, RatingSide.MENTOR.name());
    Set<String> reused = atRest.keys("rating_holding", cohort);
    reused.retainAll(firstKeys);
    assertEquals(Set.of(), reused, "every held rating got a fresh key");
    assertNoRatingInTheClear(cohort);
  }

  @Test
  void theKeyOrderHoldsInATableFullOfHoles() throws Exception {
    UUID other = cohort(5);
    atRest.execute(
        "INSERT INTO rating_holding (id, cohort_id, respondent_role, rating)"
            + " SELECT gen_random_uuid(), ?, 'MENTOR', 3 FROM generate_series(1, 3000)",
        other);
    atRest.execute(
        "DELETE FROM rating_holding WHERE cohort_id = ? AND ctid IN (SELECT ctid FROM"
            + " rating_holding WHERE cohort_id = ? ORDER BY ctid LIMIT 2500) AND random() < 0.7",
        other,
        other);
    try (Connection c = superuser.getConnection();
        Statement vacuum = c.createStatement()) {
      vacuum.execute("VACUUM rating_holding");
    }
    UUID cohort = cohort(5);
    for (int i = 0; i < 150; i++) {
      Ended pairing = ended(cohort);
      rate(pairing.id(), pairing.mentor(), 1 + i % 5);
    }
    assertTrue(mixed(cohort, RatingSide.MENTOR));
    assertEquals(
        150, atRest.count("SELECT count(*) FROM rating_holding WHERE cohort_id = ?", cohort));
    assertTrue(
        atRest.count(
                "SELECT count(DISTINCT (ctid::text::point)[0]) FROM rating_holding"
                    + " WHERE cohort_id = ?",
                cohort)
            > 1,
        "the group spans pages");
    atRest.assertInKeyOrder("rating_holding", cohort, RatingSide.MENTOR.name());
    assertOneTransactionNoPersonRowHas("rating_holding", cohort, RatingSide.MENTOR);
  }

  @Test
  void theRatingOfOnePersonAloneStaysSealedInTheInboxUntilASecondPersonRates() throws Exception {
    UUID cohort = cohort(5);
    Ended first = ended(cohort);
    rate(first.id(), first.mentee(), 2);
    assertTrue(mixed(cohort, RatingSide.MENTEE));
    assertEquals(
        0,
        atRest.count("SELECT count(*) FROM rating_holding WHERE cohort_id = ?", cohort),
        "one rating, mixed in the clear, would be its rater's");
    assertEquals(1, atRest.count("SELECT count(*) FROM rating_inbox WHERE cohort_id = ?", cohort));

    Ended second = ended(cohort);
    rate(second.id(), second.mentee(), 5);
    assertTrue(mixed(cohort, RatingSide.MENTEE));
    assertEquals(0, atRest.count("SELECT count(*) FROM rating_inbox WHERE cohort_id = ?", cohort));
    assertEquals(
        sorted(List.of(2, 5)),
        sorted(values("rating_holding", cohort)),
        "with a second person's rating both are mixed");
    assertOneTransactionNoPersonRowHas("rating_holding", cohort, RatingSide.MENTEE);
  }

  @Test
  void aReleaseClearsWhoRatedApartFromWritingTheRatings() throws Exception {
    UUID cohort = cohort(3);
    List<Integer> given = List.of(4, 5, 2);
    List<Ended> pairings = List.of(ended(cohort), ended(cohort), ended(cohort));
    rate(pairings.get(0).id(), pairings.get(0).mentee(), given.get(0));
    rate(pairings.get(1).id(), pairings.get(1).mentee(), given.get(1));
    assertTrue(mixed(cohort, RatingSide.MENTEE));
    assertEquals(
        Optional.of(false),
        inTransaction(batches -> batches.settle(cohort, RatingSide.MENTEE)),
        "k-1 people wait");
    // the third is still in the inbox when the release comes: it goes out with the others
    rate(pairings.get(2).id(), pairings.get(2).mentee(), given.get(2));

    assertEquals(
        Optional.of(true), inTransaction(batches -> batches.settle(cohort, RatingSide.MENTEE)));
    assertEquals(
        0, atRest.count("SELECT count(*) FROM rating_holding WHERE cohort_id = ?", cohort));
    assertEquals(0, atRest.count("SELECT count(*) FROM rating_inbox WHERE cohort_id = ?", cohort));
    assertEquals(
        0,
        atRest.count(
            "SELECT count(*) FROM pairing WHERE cohort_id = ? AND senior_rating_pending", cohort));
    assertEquals(
        1,
        atRest.count(
            "SELECT count(*) FROM rating_outbox WHERE cohort_id = ? AND sealed LIKE 'enc:v1:%'",
            cohort),
        "the batch waits sealed");
    assertEquals(
        0, atRest.count("SELECT count(*) FROM rating_released WHERE cohort_id = ?", cohort));

    UUID batch =
        UUID.fromString(atRest.text("SELECT id FROM rating_outbox WHERE cohort_id = ?", cohort));
    assertTrue(published(batch));
    assertFalse(published(batch), "a batch is written once");
    assertEquals(0, atRest.count("SELECT count(*) FROM rating_outbox WHERE cohort_id = ?", cohort));
    assertEquals(sorted(given), sorted(values("rating_released", cohort)));
    assertOneTransactionNoPersonRowHas("rating_released", cohort, RatingSide.MENTEE);
    atRest.assertInKeyOrder("rating_released", cohort, RatingSide.MENTEE.name());
    assertNoRatingInTheClear(cohort);
    for (int i = 0; i < 3; i++) {
      Ended pairing = pairings.get(i);
      assertEquals(
          given.get(i), ratingOf(pairing.id(), pairing.mentee()), "still seen by its author");
    }
  }

  @Test
  void ratingsGivenBeforeTheUpgradeStayReadableAndTheHeldOnesAreWrittenAgainInKeyOrder()
      throws Exception {
    String name = "upgrade" + UUID.randomUUID().toString().substring(0, 8);
    postgres.ensureApplicationDatabase(name);
    SchemaMigration.flyway(PostgresServer.USER)
        .dataSource(postgres.ownerDataSource(name))
        .target("27")
        .load()
        .migrate();
    DataSource old = postgres.superuserDataSource(name);
    UUID cohort = atRest.cohort(old, 5, "Ratings at rest ");
    List<UUID> pairings = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      UUID pairing = ended(old, cohort).id();
      pairings.add(pairing);
      // as rating wrote it before: the pairing and the held value in one transaction
      try (Connection c = old.getConnection()) {
        c.setAutoCommit(false);
        atRest.execute(
            c,
            "UPDATE pairing SET senior_rating = ?, senior_rating_pending = true WHERE id = ?",
            1 + i,
            pairing);
        atRest.execute(
            c,
            "INSERT INTO rating_holding (id, cohort_id, respondent_role, rating)"
                + " VALUES (?, ?, 'MENTEE', ?)",
            UUID.randomUUID(),
            cohort,
            1 + i);
        c.commit();
      }
    }
    assertEquals(3, atRest.count(old, joinedOnXmin("rating_holding"), cohort), "linked before");

    SchemaMigration.migrate(postgres.ownerDataSource(name), PostgresServer.USER);
    assertEquals(
        List.of("1", "2", "3"),
        sorted(
            atRest.strings(old, "SELECT senior_rating FROM pairing WHERE cohort_id = ?", cohort)),
        "the plain ratings given before stay as they were, now as text, until sealed again");
    assertEquals(
        List.of("1", "2", "3"),
        sorted(values(old, "rating_holding", cohort, RatingSide.MENTEE)),
        "the held ratings are all still there");
    List<String> physical =
        atRest.strings(
            old, "SELECT id::text FROM rating_holding WHERE cohort_id = ? ORDER BY ctid", cohort);
    List<String> byKey =
        atRest.strings(
            old, "SELECT id::text FROM rating_holding WHERE cohort_id = ? ORDER BY id", cohort);
    assertEquals(byKey, physical, "written again in key order");
    assertEquals(
        1,
        atRest.count(old, "SELECT count(DISTINCT xmin::text) FROM pairing"),
        "every pairing was rewritten alike: the migration's id ties a held rating to none of them");
  }

  // ---------------------------------------------------------------------------------------------

  /** Neither the pairing's copy of a rating nor the inbox holds a value in the clear. */
  private static void assertNoRatingInTheClear(UUID cohort) throws SQLException {
    assertEquals(
        0,
        atRest.count(
            "SELECT count(*) FROM pairing WHERE cohort_id = ? AND"
                + " (senior_rating NOT LIKE 'enc:v1:%' OR junior_rating NOT LIKE 'enc:v1:%')",
            cohort),
        "the pairing's ratings are sealed");
    assertEquals(
        0,
        atRest.count(
            "SELECT count(*) FROM rating_inbox WHERE cohort_id = ? AND sealed NOT LIKE 'enc:v1:%'",
            cohort),
        "every rating in the inbox is sealed");
    assertEquals(
        0,
        atRest.count(
            "SELECT count(*) FROM rating_outbox WHERE cohort_id = ? AND sealed NOT LIKE 'enc:v1:%'",
            cohort),
        "every batch in the outbox is sealed");
  }

  /**
   * Every row of the cohort in the table carries one xmin, and no row naming a person (the pairing
   * with its ratings and pending marks) has it.
   */
  private static Set<String> assertOneTransactionNoPersonRowHas(
      String table, UUID cohort, RatingSide side) throws SQLException {
    Set<String> xmins =
        new HashSet<>(
            atRest.strings(
                "SELECT DISTINCT xmin::text FROM "
                    + table
                    + " WHERE cohort_id = ? AND respondent_role = ?",
                cohort,
                side.name()));
    assertEquals(1, xmins.size(), table + " rows of one transaction: " + xmins);
    assertEquals(0, atRest.count(joinedOnXmin(table), cohort), "no pairing row shares it");
    assertEquals(
        0,
        atRest.count("SELECT count(*) FROM pairing p JOIN " + table + " t ON t.xmin = p.xmin"),
        "nor any other's");
    return xmins;
  }

  private static String joinedOnXmin(String table) {
    return "SELECT count(*) FROM pairing p JOIN "
        + table
        + " t ON t.xmin = p.xmin WHERE t.cohort_id = ?";
  }

  private static List<String> values(String table, UUID cohort) throws SQLException {
    return atRest.strings("SELECT rating::text FROM " + table + " WHERE cohort_id = ?", cohort);
  }

  private static List<String> values(String table, UUID cohort, RatingSide side)
      throws SQLException {
    return values(superuser, table, cohort, side);
  }

  private static List<String> values(DataSource db, String table, UUID cohort, RatingSide side)
      throws SQLException {
    return atRest.strings(
        db,
        "SELECT rating::text FROM " + table + " WHERE cohort_id = ? AND respondent_role = ?",
        cohort,
        side.name());
  }

  private static List<String> sorted(List<?> values) {
    List<String> texts = new ArrayList<>();
    for (Object value : values) {
      texts.add(value.toString());
    }
    Collections.sort(texts);
    return texts;
  }

  private static boolean published(UUID batch) {
    return inTransaction(batches -> batches.publish(batch));
  }

  private static boolean mixed(UUID cohort, RatingSide side) {
    return inTransaction(batches -> batches.mix(cohort, side));
  }

  /** Runs the work in one transaction of the application's role, as a release round step does. */
  private static <T> T inTransaction(Function<RatingBatches, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      RatingBatches batches = new RatingBatches();
      batches.em = em;
      batches.boxes = SealedBoxes.using(em);
      batches.rows = new RatingRows();
      batches.rows.em = em;
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

  /** One rating as {@code Pairings.rate} gives it: the pairing and the hold in one transaction. */
  private static void rate(UUID id, String subject, int rating) {
    inTransaction(
        batches -> {
          Pairing pairing = batches.em.find(Pairing.class, id);
          pairing.rate(subject, rating);
          batches.hold(pairing, pairing.sideOf(subject), rating);
          return null;
        });
  }

  /** The rating the person sees as theirs, read through the entity. */
  private static Integer ratingOf(UUID id, String subject) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.find(Pairing.class, id).ratingOf(subject);
    } finally {
      em.close();
    }
  }

  private static UUID cohort(int k) throws SQLException {
    return atRest.cohort(superuser, k, "Ratings at rest ");
  }

  private static Ended ended(UUID cohort) throws SQLException {
    return ended(superuser, cohort);
  }

  /** A pairing of two new people, ended by a re-pair. */
  private static Ended ended(DataSource db, UUID cohort) throws SQLException {
    Ended pairing =
        new Ended(UUID.randomUUID(), atRest.person(db, "mentor"), atRest.person(db, "mentee"));
    try (Connection c = db.getConnection()) {
      atRest.execute(
          c,
          "INSERT INTO pairing (id, cohort_id, mentor_subject, mentee_subject,"
              + " facilitator_subject, state, formed_at, ended_at, end_cause)"
              + " VALUES (?, ?, ?, ?, ?, 'ENDED', now(), now(), 'REPAIR')",
          pairing.id(),
          cohort,
          pairing.mentor(),
          pairing.mentee(),
          atRest.person(db, "facilitator"));
    }
    return pairing;
  }
}
