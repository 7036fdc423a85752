package com.srm.mentoring.demo;

import com.srm.mentoring.pairing.control.RatingBatches;
import com.srm.mentoring.pairing.entity.RatingSide;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The demo program's history, acted out by the demo people through the REST API from outside the
 * server: a pilot cohort that ran some months ago and closed, a cohort running now, and one being
 * prepared. The program's clock is moved to each step's day first through the dev run's {@code
 * /api/dev/clock}, since the API plans sessions only for a time to come; micro-question answers are
 * released by a round of {@code /api/dev/rounds/pulse-release} right after each week, so that they
 * carry the week they were given in. Both answer 404 outside the dev run.
 *
 * <p>The people are chosen from the demo realm so that every pairing rule holds: the mentor's grade
 * is below the mentee's and no reporting line joins them; farid facilitates, erin and farid are the
 * escalation contacts.
 */
public class DemoProgram {

  public static final String PILOT = "Pilot cohort";
  public static final String CURRENT = "Second cohort";
  public static final String NEXT = "Third cohort";

  static final String HR = "hana";
  static final String FACILITATOR = "farid";
  static final List<String> CONTACTS = List.of("erin", FACILITATOR);
  static final List<String> PEOPLE =
      List.of(
          "jun",
          "sam",
          "mia",
          "olga",
          "nora",
          "victor",
          "ken",
          "lena",
          "tom",
          "pat",
          "ravi",
          "fiona",
          FACILITATOR,
          "erin");

  /**
   * The steps {@link #lay} reports: the people, the pilot's weeks and close, the current's, today.
   */
  static final int STEPS = 1 + 9 + 1 + 7 + 1;

  /** Answers vary from week to week, the same way on every start. */
  private final Random random = new Random(20260301);

  private final DemoApi api;

  /** The application's database, where the ratings are held back while they are given. */
  private final DataSource database;

  private final Consumer<String> progress;

  private int step;

  /**
   * @param api the application's REST API, as the demo people
   * @param database the application's database, as the application's own login
   * @param progress told "n/m" after each step of the seeding
   */
  public DemoProgram(DemoApi api, DataSource database, Consumer<String> progress) {
    this.api = api;
    this.database = database;
    this.progress = progress;
  }

  /** One pairing as the script follows it. */
  static final class Pair {
    final String id;
    final String mentor;
    final String mentee;
    boolean active = true;

    Pair(String id, String mentor, String mentee) {
      this.id = id;
      this.mentor = mentor;
      this.mentee = mentee;
    }
  }

  /** How much of the demo program the data holds already. */
  public enum Found {
    NONE,
    /** A start was stopped while it seeded: the program is there in part. */
    PART,
    ALL
  }

  /**
   * Whether the demo cohorts are there already: a restart on the same data seeds nothing. The first
   * cohort is made first and the last one last, so that a seeding cut short shows.
   */
  public Found seeded() {
    signCharter(HR);
    Set<String> names = new HashSet<>();
    for (JsonValue cohort : api.get(HR, "cohorts").asJsonArray()) {
      names.add(cohort.asJsonObject().getString("name"));
    }
    if (!names.contains(PILOT)) {
      return Found.NONE;
    }
    return names.contains(NEXT) ? Found.ALL : Found.PART;
  }

  /**
   * Lays down the whole program, as of {@code today}.
   *
   * @return what was made, for the log
   */
  public String lay(LocalDate today) {
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    signCharter(HR);
    api.post(HR, "directory/sync", null);
    PEOPLE.forEach(this::signCharter);
    done();
    Pair featured;
    try {
      pilot(monday.minusWeeks(22));
      featured = current(monday.minusWeeks(7));
    } finally {
      api.delete(HR, "dev/clock");
    }
    present(featured, monday);
    done();
    return "seeded the demo program: cohorts \""
        + PILOT
        + "\", \""
        + CURRENT
        + "\", \""
        + NEXT
        + "\"";
  }

  private void done() {
    step++;
    progress.accept(step + "/" + STEPS);
  }

  /** Known to the application, and signed the charter in force. */
  private void signCharter(String person) {
    api.get(person, "me");
    JsonObject charter = api.get(person, "charter/current").asJsonObject();
    api.post(
        person,
        "charter/signatures",
        Json.createObjectBuilder()
            .add("version", charter.getInt("version"))
            .add("hash", charter.getString("hash"))
            .build());
  }

  /** The first cohort: ten weeks, months ago, closed and rated. */
  private void pilot(LocalDate start) {
    travel(start.minusDays(3), 10);
    String cohort = cohort(PILOT, start, start.plusWeeks(10), true);
    List<Pair> pairs = new ArrayList<>();
    pairs.add(form(cohort, "ken", "victor"));
    pairs.add(form(cohort, "nora", "fiona"));
    pairs.add(form(cohort, "ravi", "olga"));
    pairs.add(form(cohort, "mia", "pat"));
    objectives(pairs);
    for (int week = 0; week < 9; week++) {
      week(pairs, start.plusWeeks(week), week);
      done();
    }
    travel(start.plusWeeks(10), 16);
    api.post(HR, "cohorts/" + cohort + "/closing", null);
    holdingRatingsBack(
        UUID.fromString(cohort),
        () -> {
          int rating = 3;
          for (Pair pair : pairs) {
            rate(pair.mentor, pair, rating);
            rate(pair.mentee, pair, Math.min(5, rating + 1));
            rating = rating % 5 + 1;
          }
        });
    done();
  }

  /**
   * Gives the cohort's ratings while the release timer, which runs meanwhile, leaves them alone:
   * holding each side's lock shared, as every rating does, keeps a round from mixing or releasing
   * the side ({@link RatingBatches}) until all are given, so that each side goes out as one batch
   * of all its ratings, the same on every start.
   */
  private void holdingRatingsBack(UUID cohort, Runnable rating) {
    try (Connection connection = database.getConnection()) {
      lockRatings(connection, cohort, "pg_advisory_lock_shared");
      try {
        rating.run();
      } finally {
        lockRatings(connection, cohort, "pg_advisory_unlock_shared");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the demo could not hold its ratings back: " + e, e);
    }
  }

  private static void lockRatings(Connection connection, UUID cohort, String function)
      throws SQLException {
    for (RatingSide side : RatingSide.values()) {
      try (PreparedStatement lock =
          connection.prepareStatement("SELECT CAST(" + function + "(?, hashtext(?)) AS text)")) {
        lock.setInt(1, RatingBatches.LOCK_SPACE);
        lock.setString(2, RatingBatches.lockName(cohort, side));
        lock.executeQuery().close();
      }
    }
  }

  /** The cohort running now: seven weeks so far, a withdrawal, a re-pair request. */
  private Pair current(LocalDate start) {
    travel(start.minusDays(4), 10);
    api.put("ken", "me/topics", topics(List.of("Kubernetes", "Cloud costs"), List.of()));
    api.put("lena", "me/topics", topics(List.of(), List.of("Kubernetes", "Cloud costs")));
    String cohort = cohort(CURRENT, start, start.plusWeeks(16), true);
    List<Pair> pairs = new ArrayList<>();
    Pair featured = form(cohort, "jun", "sam");
    pairs.add(featured);
    pairs.add(form(cohort, "mia", "olga"));
    pairs.add(form(cohort, "nora", "victor"));
    Pair leaving = form(cohort, "tom", "pat");
    pairs.add(leaving);
    pairs.add(suggested(cohort, "lena", "ken"));
    objectives(pairs);
    for (int week = 0; week < 7; week++) {
      week(pairs, start.plusWeeks(week), week);
      if (week == 2) {
        api.post(
            leaving.mentor,
            "me/withdrawal",
            Json.createObjectBuilder().add("reason", "Moving to a new role abroad.").build());
        leaving.active = false;
      }
      if (week == 4) {
        api.post("olga", "pairings/" + pairs.get(1).id + "/repair-request", null);
      }
      done();
    }
    return featured;
  }

  /** Today: the next session of the featured pairing, a fresh concern, a cohort in preparation. */
  private void present(Pair featured, LocalDate monday) {
    // the program's clock is back in the present, on the same machine as this one
    Instant next = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    String session = plan(featured, next, "Room 4.12");
    agenda(featured.mentee, session, "What I tried with the release pipeline since last time");
    agenda(featured.mentor, session, "Pairing on a code review together");
    JsonArray current = api.get(HR, "cohorts").asJsonArray();
    String cohort =
        current.getValuesAs(JsonObject.class).stream()
            .filter(c -> CURRENT.equals(c.getString("name")))
            .findFirst()
            .orElseThrow()
            .getString("id");
    String pairing =
        api
            .get(HR, "cohorts/" + cohort + "/pairings")
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> "victor".equals(p.getJsonObject("mentee").getString("username")))
            .findFirst()
            .orElseThrow()
            .getString("id");
    api.post(
        "victor",
        "concerns",
        Json.createObjectBuilder()
            .add("pairing", pairing)
            .add("title", "Remarks about my questions in front of others")
            .add(
                "description",
                "After our last session, my questions were retold in a team meeting. I would"
                    + " like someone to talk to about it.")
            .add("excluded", Json.createArrayBuilder())
            .build());
    cohort(NEXT, monday.plusWeeks(10), monday.plusWeeks(22), false);
  }

  private String cohort(String name, LocalDate start, LocalDate end, boolean activate) {
    var contacts = Json.createArrayBuilder();
    CONTACTS.forEach(contacts::add);
    String id =
        api.post(
                HR,
                "cohorts",
                Json.createObjectBuilder()
                    .add("name", name)
                    .add("startsOn", start.toString())
                    .add("endsOn", end.toString())
                    .add("anonymityThreshold", 3)
                    .add("facilitators", Json.createArrayBuilder().add(FACILITATOR))
                    .add("escalationContacts", contacts)
                    .build())
            .getString("id");
    if (activate) {
      api.post(HR, "cohorts/" + id + "/activation", null);
    }
    return id;
  }

  private Pair form(String cohort, String mentor, String mentee) {
    JsonObject pairing =
        api.post(
            HR,
            "cohorts/" + cohort + "/pairings",
            Json.createObjectBuilder()
                .add("mentor", mentor)
                .add("mentee", mentee)
                .add("facilitator", FACILITATOR)
                .build());
    return new Pair(pairing.getString("id"), mentor, mentee);
  }

  /** A pairing HR forms from the suggestion over shared topics. */
  private Pair suggested(String cohort, String senior, String junior) {
    JsonArray proposals =
        api.postForArray(
            HR,
            "cohorts/" + cohort + "/suggestions",
            Json.createObjectBuilder()
                .add("seniors", Json.createArrayBuilder().add(senior))
                .add("juniors", Json.createArrayBuilder().add(junior))
                .build());
    JsonObject proposal = proposals.getJsonObject(0);
    return form(
        cohort,
        proposal.getJsonObject("mentor").getString("username"),
        proposal.getJsonObject("mentee").getString("username"));
  }

  private static JsonObject topics(List<String> offers, List<String> wants) {
    var o = Json.createArrayBuilder();
    offers.forEach(o::add);
    var w = Json.createArrayBuilder();
    wants.forEach(w::add);
    return Json.createObjectBuilder().add("offers", o).add("wantsToLearn", w).build();
  }

  private static final List<String> OBJECTIVES =
      List.of(
          "I will learn to read a pull request and ask one useful question in each review.",
          "I will learn how our team uses the chat tools, so that I answer where people look.",
          "I will learn to build a dashboard from our own data without asking for help.",
          "I will learn what our customers say about us on social media, and how to join in.",
          "I will learn how the cloud bill comes about and which of our choices drive it.");

  private void objectives(List<Pair> pairs) {
    for (int i = 0; i < pairs.size(); i++) {
      Pair pair = pairs.get(i);
      JsonObject pairing = api.get(pair.mentee, "pairings/" + pair.id).asJsonObject();
      api.put(
          pair.mentee,
          "pairings/" + pair.id + "/objective",
          Json.createObjectBuilder()
              .add("text", OBJECTIVES.get(i % OBJECTIVES.size()))
              .add("version", pairing.getJsonNumber("version").longValue())
              .build());
    }
  }

  private static final List<String> AGENDA =
      List.of(
          "Where I got stuck since last time",
          "A tool my team started using",
          "Questions from the last review",
          "Something I read and did not understand",
          "What to try before next week");

  /**
   * One week of sessions: planned on Monday with an agenda, held on Tuesday and answered at once,
   * or cancelled; then the week's answers are released. A cancellation leaves at least three
   * pairings, so every weekly batch has k = 3 people behind it.
   */
  private void week(List<Pair> pairs, LocalDate monday, int week) {
    travel(monday, 9);
    List<Pair> active = pairs.stream().filter(p -> p.active).toList();
    List<String> sessions = new ArrayList<>();
    for (Pair pair : active) {
      String session =
          plan(
              pair,
              monday.plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC),
              week % 2 == 0 ? "Room 4.12" : "Video call");
      agenda(pair.mentee, session, AGENDA.get(week % AGENDA.size()));
      if (week % 3 == 0) {
        agenda(pair.mentor, session, AGENDA.get((week + 2) % AGENDA.size()));
      }
      sessions.add(session);
    }
    travel(monday.plusDays(1), 11);
    // every third week one pairing cancels, in the sixth the first one, so jun's history has one
    int cancelling = week % 3 == 2 ? (week == 5 ? 0 : week % active.size()) : -1;
    for (int i = 0; i < active.size(); i++) {
      Pair pair = active.get(i);
      String session = sessions.get(i);
      if (i == cancelling) {
        api.post(pair.mentee, "sessions/" + session + "/cancellation", null);
        continue;
      }
      api.post(
          FACILITATOR,
          "sessions/" + session + "/held",
          Json.createObjectBuilder()
              .add("attended", Json.createArrayBuilder().add(pair.mentor).add(pair.mentee))
              .build());
      answer(pair.mentor, session);
      answer(pair.mentee, session);
      if (week == 1 || week == 4) {
        notes(pair, week);
      }
    }
    api.post(HR, "dev/rounds/pulse-release", null);
  }

  private String plan(Pair pair, Instant startsAt, String place) {
    return api.post(
            pair.mentor,
            "pairings/" + pair.id + "/sessions",
            Json.createObjectBuilder()
                .add("startsAt", startsAt.toString())
                .add("place", place)
                .build())
        .getString("id");
  }

  private void agenda(String person, String session, String text) {
    api.post(
        person,
        "sessions/" + session + "/agenda",
        Json.createObjectBuilder().add("text", text).build());
  }

  private void answer(String person, String session) {
    api.post(
        person,
        "sessions/" + session + "/answers",
        Json.createObjectBuilder()
            .add("spokeOpenly", 3 + random.nextInt(3))
            .add("feltHeard", 2 + random.nextInt(4))
            .add("wouldRecommend", 3 + random.nextInt(3))
            .add("checkIn", false)
            .build());
  }

  /** An SBI note by the mentor, shared; a DESC note by the mentee, kept private. */
  private void notes(Pair pair, int week) {
    JsonObject sbi =
        api.post(
            pair.mentor,
            "pairings/" + pair.id + "/notes",
            Json.createObjectBuilder()
                .add("framework", "SBI")
                .add("situation", "In session " + (week + 1) + ", while we went through the agenda")
                .add("behaviour", "you asked me to explain the same step a second time")
                .add("impact", "I noticed where my explanation skipped a step, and fixed it")
                .build());
    api.post(pair.mentor, "notes/" + sbi.getString("id") + "/share", null);
    api.post(
        pair.mentee,
        "pairings/" + pair.id + "/notes",
        Json.createObjectBuilder()
            .add("framework", "DESC")
            .add("describe", "I arrived with no questions prepared")
            .add("express", "I felt I wasted part of the hour")
            .add("specify", "I will write two questions into the agenda the day before")
            .add("consequences", "We can start at once and go deeper")
            .build());
  }

  private void rate(String person, Pair pair, int rating) {
    api.post(
        person,
        "pairings/" + pair.id + "/rating",
        Json.createObjectBuilder().add("rating", rating).build());
  }

  private void travel(LocalDate day, int hour) {
    api.put(
        HR,
        "dev/clock",
        Json.createObjectBuilder()
            .add("at", day.atTime(hour, 0).toInstant(ZoneOffset.UTC).toString())
            .build());
  }
}
