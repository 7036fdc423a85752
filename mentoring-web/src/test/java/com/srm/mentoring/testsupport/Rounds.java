package com.srm.mentoring.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

/**
 * Runs one round of a server timer now, through the dev run's {@code POST /api/dev/rounds/{name}},
 * and returns once the round is done: what the round should do has happened, and what it should
 * leave alone can be checked to be still undone.
 */
public final class Rounds {

  private Rounds() {}

  public static void run(Api api, String token, String name) throws Exception {
    HttpResponse<String> done = api.post("dev/rounds/" + name, token, "{}");
    assertEquals(204, done.statusCode(), name + ": " + done.body());
  }
}
