package com.srm.mentoring.load;

import com.srm.mentoring.demo.DemoApi;
import com.srm.mentoring.testsupport.NewPeople;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The people of one load run and the program they take part in, made through Keycloak's admin API
 * and the product's REST API before the run: mentors and mentees paired in cohorts of their own,
 * each pairing with an objective, sessions held two days ago whose micro-questions wait to be
 * answered, and one session to come with an agenda; a few HR administrators and auditors. Everyone
 * has signed the charter, so that every page answers with what it is for, not with the charter.
 */
final class Crowd {

  /** The demo realm's HR administrator, who makes the cohorts and forms the pairings. */
  static final String HR = "hana";

  /** The demo realm's facilitator, of every pairing here. */
  static final String FACILITATOR = "farid";

  static final List<String> CONTACTS = List.of("erin", FACILITATOR);

  /** Small enough that every cohort has several, large enough for the anonymity threshold. */
  static final int PAIRINGS_PER_COHORT = 10;

  /** One in this many of the crowd is an HR administrator, and as many are auditors. */
  static final int ONE_IN = 20;

  /** What a virtual person does, by the groups the directory gives them. */
  enum Role {
    PARTICIPANT,
    HR,
    AUDITOR
  }

  /**
   * One person of the crowd: the pairing and the coming session are those of a participant, empty
   * for the others.
   */
  record Person(String username, Role role, String pairing, String nextSession) {

    /** As Gatling's feeder hands it to a virtual person's session. */
    Map<String, Object> asRecord() {
      return Map.of(
          "username",
          username,
          "pairing",
          pairing,
          "nextSession",
          nextSession,
          "role",
          role.name());
    }
  }

  private final DemoApi api;
  private final List<Person> people = new ArrayList<>();

  private Crowd(DemoApi api) {
    this.api = api;
  }

  /**
   * Makes a crowd of {@code size} people, of whom about one in twenty is HR and as many auditors,
   * the rest participants in pairs; each pair has {@code heldSessions} sessions held two days ago.
   */
  static List<Person> make(DemoApi api, int size, int heldSessions) {
    return new Crowd(api).lay(size, heldSessions);
  }

  private List<Person> lay(int size, int heldSessions) {
    int hr = Math.max(1, size / ONE_IN);
    int auditors = Math.max(1, size / ONE_IN);
    int pairs = Math.max(1, (size - hr - auditors) / 2);
    signCharter(HR);
    CONTACTS.forEach(this::signCharter);
    for (int i = 0; i < hr; i++) {
      String username = NewPeople.create("crowd-hr-", "employee", "hr-admin");
      signCharter(username);
      people.add(new Person(username, Role.HR, "", ""));
    }
    for (int i = 0; i < auditors; i++) {
      String username = NewPeople.create("crowd-auditor-", "employee", "auditor");
      signCharter(username);
      people.add(new Person(username, Role.AUDITOR, "", ""));
    }
    // a mentor is graded below the senior they mentor, and no reporting line joins the two
    List<String[]> couples = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      String mentor = NewPeople.graded("crowd-mentor-", 3, "employee");
      String mentee = NewPeople.graded("crowd-mentee-", 7, "employee");
      signCharter(mentor);
      signCharter(mentee);
      couples.add(new String[] {mentor, mentee});
    }
    // the application learns the new people's grades from the directory
    api.post(HR, "directory/sync", null);
    List<String[]> pairings = new ArrayList<>();
    String cohort = null;
    for (int i = 0; i < couples.size(); i++) {
      if (i % PAIRINGS_PER_COHORT == 0) {
        cohort = cohort("Load cohort " + (i / PAIRINGS_PER_COHORT + 1));
      }
      String[] couple = couples.get(i);
      String pairing = form(cohort, couple[0], couple[1]);
      objective(couple[1], pairing);
      pairings.add(new String[] {pairing, couple[0], couple[1]});
    }
    heldTwoDaysAgo(pairings, heldSessions);
    Instant next = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    for (String[] pairing : pairings) {
      String session = plan(pairing, next);
      agenda(pairing[2], session, "What I tried since last time");
      people.add(new Person(pairing[1], Role.PARTICIPANT, pairing[0], session));
      people.add(new Person(pairing[2], Role.PARTICIPANT, pairing[0], session));
    }
    return List.copyOf(people);
  }

  /**
   * Sessions planned two days ago for the hours after and held then, through the dev run's clock,
   * since the API plans only for a time to come: their questions wait for both sides a week.
   */
  private void heldTwoDaysAgo(List<String[]> pairings, int count) {
    Instant twoDaysAgo = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    Instant held = twoDaysAgo.plus(Duration.ofHours(count + 2L));
    List<List<String>> sessions = new ArrayList<>();
    try {
      travel(twoDaysAgo);
      for (String[] pairing : pairings) {
        List<String> planned = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          String session = plan(pairing, twoDaysAgo.plus(Duration.ofHours(i + 1L)));
          agenda(pairing[2], session, "Questions from the last review");
          planned.add(session);
        }
        sessions.add(planned);
      }
      travel(held);
      for (int p = 0; p < pairings.size(); p++) {
        String[] pairing = pairings.get(p);
        for (String session : sessions.get(p)) {
          api.post(
              pairing[1],
              "sessions/" + session + "/held",
              Json.createObjectBuilder()
                  .add("attended", Json.createArrayBuilder().add(pairing[1]).add(pairing[2]))
                  .build());
        }
      }
    } finally {
      api.delete(HR, "dev/clock");
    }
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

  private String cohort(String name) {
    var contacts = Json.createArrayBuilder();
    CONTACTS.forEach(contacts::add);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String id =
        api.post(
                HR,
                "cohorts",
                Json.createObjectBuilder()
                    .add("name", name)
                    .add("startsOn", today.minusWeeks(1).toString())
                    .add("endsOn", today.plusWeeks(12).toString())
                    .add("anonymityThreshold", 3)
                    .add("facilitators", Json.createArrayBuilder().add(FACILITATOR))
                    .add("escalationContacts", contacts)
                    .build())
            .getString("id");
    api.post(HR, "cohorts/" + id + "/activation", null);
    return id;
  }

  private String form(String cohort, String mentor, String mentee) {
    return api.post(
            HR,
            "cohorts/" + cohort + "/pairings",
            Json.createObjectBuilder()
                .add("mentor", mentor)
                .add("mentee", mentee)
                .add("facilitator", FACILITATOR)
                .build())
        .getString("id");
  }

  /** The mentee's objective: the first session held locks it, and is refused without one. */
  private void objective(String mentee, String pairing) {
    JsonObject current = api.get(mentee, "pairings/" + pairing).asJsonObject();
    api.put(
        mentee,
        "pairings/" + pairing + "/objective",
        Json.createObjectBuilder()
            .add("text", "I will learn to read a pull request and ask one useful question.")
            .add("version", current.getJsonNumber("version").longValue())
            .build());
  }

  private String plan(String[] pairing, Instant startsAt) {
    return api.post(
            pairing[1],
            "pairings/" + pairing[0] + "/sessions",
            Json.createObjectBuilder()
                .add("startsAt", startsAt.toString())
                .add("place", "Video call")
                .build())
        .getString("id");
  }

  private void agenda(String person, String session, String text) {
    api.post(
        person,
        "sessions/" + session + "/agenda",
        Json.createObjectBuilder().add("text", text).build());
  }

  private void travel(Instant at) {
    api.put(HR, "dev/clock", Json.createObjectBuilder().add("at", at.toString()).build());
  }
}
