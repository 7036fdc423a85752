package com.srm.mentoring.identity.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.CharterSigning;
import com.srm.mentoring.testsupport.NewPeople;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.StoredRows;
import com.srm.mentoring.testsupport.Tokens;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A token's calls are answered from what was remembered about it, but never after the caller's
 * record changed: a role taken away, a deactivation by the directory sync, or a change another node
 * wrote straight to the database count from the very next call made with the same token, for the
 * API and for a static file alike.
 */
@ExtendWith(SharedApplication.class)
class CachedCallersIT {

  static final String STATIC = "resources/css/mentoring.css";

  @ApplicationUrl URL base;

  @Test
  void aRoleTakenAwayCountsFromTheNextCallWithTheSameToken() throws Exception {
    Api api = new Api(base);
    String hana = Tokens.of("hana");
    String name = NewPeople.create("cached-role", "employee");
    // the first call makes the record HR appoints; the token after it carries the new role
    assertEquals(200, api.get("me", Tokens.of(name)).statusCode());
    HttpResponse<String> appointed =
        api.put("directory/people/" + name + "/roles/facilitator", hana);
    assertEquals(200, appointed.statusCode(), appointed.body());
    String token = Tokens.of(name);
    CharterSigning.signCurrent(api, token);
    // several calls, so that the later ones are answered from the cache
    for (int i = 0; i < 3; i++) {
      assertEquals(200, api.get("cohorts", token).statusCode());
      assertTrue(roles(api, token).contains("facilitator"));
    }

    HttpResponse<String> removed =
        api.delete("directory/people/" + name + "/roles/facilitator", hana);
    assertEquals(200, removed.statusCode(), removed.body());

    assertEquals(404, api.get("cohorts", token).statusCode(), "the facilitator's call is refused");
    assertFalse(roles(api, token).contains("facilitator"), "the caller's record no longer has it");
    assertEquals(200, staticFile(token).statusCode(), "an active person still gets files");
  }

  @Test
  void aDeactivationByTheDirectorySyncCountsFromTheNextCallWithTheSameToken() throws Exception {
    Api api = new Api(base);
    String name = NewPeople.create("cached-off", "employee");
    String token = Tokens.of(name);
    for (int i = 0; i < 3; i++) {
      assertEquals(200, api.get("me", token).statusCode());
      assertEquals(200, staticFile(token).statusCode());
    }
    try (Keycloak admin = Tokens.admin()) {
      UserResource person = DirectoryIT.user(admin, name);
      try {
        enabled(person, false);
        HttpResponse<String> sync = api.post("directory/sync", Tokens.of("hana"), "");
        assertTrue(sync.body().contains("\"" + name + "\""), sync.body());

        assertEquals(401, api.get("me", token).statusCode());
        assertEquals(401, staticFile(token).statusCode(), "not even a file with that token");
      } finally {
        enabled(person, true);
        api.post("directory/sync", Tokens.of("hana"), "");
      }
    }
  }

  /**
   * Another node deactivates the person: this node hears of it from nobody but the database, where
   * the record's version changed in the same transaction.
   */
  @Test
  void aDeactivationWrittenByAnotherNodeCountsFromTheNextCall() throws Exception {
    Api api = new Api(base);
    String name = NewPeople.create("cached-node", "employee");
    String token = Tokens.of(name);
    for (int i = 0; i < 3; i++) {
      assertEquals(200, api.get("me", token).statusCode());
    }

    // what Hibernate writes on any node when the sync deactivates someone
    StoredRows.asOwner(
        "UPDATE person SET active = false, active_changed_at = now(), changed_at = now(),"
            + " version = version + 1 WHERE username = ?",
        name);

    assertEquals(401, api.get("me", token).statusCode());
    assertEquals(401, staticFile(token).statusCode());
  }

  private static void enabled(UserResource user, boolean enabled) {
    UserRepresentation now = user.toRepresentation();
    now.setEnabled(enabled);
    user.update(now);
  }

  private static String roles(Api api, String token) throws Exception {
    HttpResponse<String> me = api.get("me", token);
    assertEquals(200, me.statusCode(), me.body());
    return Api.json(me).asJsonObject().getJsonArray("roles").toString();
  }

  private HttpResponse<String> staticFile(String token) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return http.send(
        HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(STATIC))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
