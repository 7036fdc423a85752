package com.srm.mentoring.escalation.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.srm.mentoring.pulse.rest.PulseProgram;
import com.srm.mentoring.testsupport.Api;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

/**
 * A cohort with facilitators and named escalation contacts, and a pairing in it, written straight
 * to the database for each test; people are made known to the application over REST.
 */
public final class ConcernTestProgram {

  final Api api;
  final PulseProgram people;

  public ConcernTestProgram(Api api) {
    this.api = api;
    this.people = new PulseProgram(api);
  }

  public String token(String username) throws Exception {
    return people.token(username);
  }

  /** An active cohort; {@code farid} facilitates it, the contacts are named on it. */
  public UUID cohort(String... contacts) throws Exception {
    UUID cohort = people.cohort(5, "farid");
    for (String contact : contacts) {
      PulseProgram.update(
          "INSERT INTO cohort_escalation_contact (cohort_id, subject) VALUES (?, ?)",
          cohort,
          people.subject(contact));
    }
    return cohort;
  }

  public UUID pairing(UUID cohort, String mentor, String mentee) throws Exception {
    return people.pairing(cohort, mentor, mentee, "farid");
  }

  static String raise(UUID pairing, String title, String description, Set<String> excluded) {
    StringBuilder names = new StringBuilder();
    for (String name : excluded) {
      names.append(names.isEmpty() ? "" : ",").append('"').append(name).append('"');
    }
    return """
        {"pairing": "%s", "title": "%s", "description": "%s", "excluded": [%s]}"""
        .formatted(pairing, title, description, names);
  }

  /** Raises a concern and answers its JSON. */
  public JsonObject raised(String reporter, UUID pairing, String title, Set<String> excluded)
      throws Exception {
    HttpResponse<String> created =
        api.post(
            "concerns",
            token(reporter),
            raise(pairing, title, "It does not feel safe to speak up.", excluded));
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).asJsonObject();
  }

  HttpResponse<String> move(String who, String id, String to, String note) throws Exception {
    return api.post(
        "concerns/" + id + "/transitions",
        token(who),
        "{\"to\": \"%s\", \"note\": \"%s\"}".formatted(to, note));
  }
}
