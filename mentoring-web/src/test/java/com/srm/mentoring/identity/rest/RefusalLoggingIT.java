package com.srm.mentoring.identity.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.srm.mentoring.testsupport.Api;
import com.srm.mentoring.testsupport.ApplicationUrl;
import com.srm.mentoring.testsupport.KeycloakServer;
import com.srm.mentoring.testsupport.SharedApplication;
import com.srm.mentoring.testsupport.Tokens;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * What the access log says about role changes, the directory sync and refusals: the action that was
 * done or attempted, on which person, as the auditor reads it.
 */
@ExtendWith(SharedApplication.class)
class RefusalLoggingIT {

  @ApplicationUrl URL base;

  @Test
  void appointingAndRemovingARoleAreLoggedAsSuch() throws Exception {
    Api api = new Api(base);
    String hana = Tokens.of("hana");
    String since = Instant.now().minusSeconds(1).toString();
    try {
      assertEquals(200, api.put("directory/people/jun/roles/auditor", hana).statusCode());
    } finally {
      assertEquals(200, api.delete("directory/people/jun/roles/auditor", hana).statusCode());
    }
    for (String action : new String[] {"appoint", "revoke"}) {
      List<JsonObject> logged =
          entries("actor=hana&recordType=person&recordId=jun&action=" + action, since);
      assertEquals(1, logged.size(), action + ": " + logged);
      assertEquals("granted", logged.get(0).getString("outcome"));
    }
  }

  @Test
  void theSyncAndEachChangeItMakesAreLogged() throws Exception {
    String username = newPerson("employee");
    String since = Instant.now().minusSeconds(1).toString();
    sync();
    assertEquals(1, entries("actor=hana&action=sync&recordType=directory", since).size());
    assertEquals(1, entries("action=create&recordType=person&recordId=" + username, since).size());

    try (Keycloak admin = Tokens.admin()) {
      UserResource user = DirectoryIT.user(admin, username);
      UserRepresentation disabled = user.toRepresentation();
      disabled.setEnabled(false);
      user.update(disabled);
    }
    sync();
    List<JsonObject> deactivated =
        entries("action=deactivate&recordType=person&recordId=" + username, since);
    assertEquals(1, deactivated.size(), deactivated.toString());
    assertEquals("hana", deactivated.get(0).getString("username"));
  }

  @Test
  void theCharterGateLogsTheCreationItRefused() throws Exception {
    String username = newPerson("hr-admin");
    String since = Instant.now().minusSeconds(1).toString();
    String body =
        """
        {"name": "Refused %s", "startsOn": "2027-03-01", "endsOn": "2027-06-30",\
         "anonymityThreshold": 5, "facilitators": ["farid"], "escalationContacts": ["erin"]}"""
            .formatted(username);
    HttpResponse<String> refused = new Api(base).post("cohorts", Tokens.of(username), body);
    assertEquals(403, refused.statusCode(), refused.body());

    List<JsonObject> logged = entries("outcome=denied&actor=" + username, since);
    assertEquals(1, logged.size(), logged.toString());
    assertEquals("create", logged.get(0).getString("action"));
    assertEquals("cohort", logged.get(0).getString("recordType"));
  }

  @Test
  void anAppointmentRefusedByTheRecordIsLoggedAsTheAppointment() throws Exception {
    Api api = new Api(base);
    String username = newPerson("hr-admin");
    String token = Tokens.of(username);
    assertEquals(200, api.get("me", token).statusCode());
    try (Keycloak admin = Tokens.admin()) {
      UserResource user = DirectoryIT.user(admin, username);
      String hrGroup =
          admin.realm(KeycloakServer.REALM).groups().groups("hr-admin", 0, 1).get(0).getId();
      user.leaveGroup(hrGroup);
    }
    sync();
    String since = Instant.now().minusSeconds(1).toString();

    // the token still says hr-admin; the record no longer does
    HttpResponse<String> refused = api.put("directory/people/jun/roles/auditor", token);
    assertEquals(403, refused.statusCode(), refused.body());

    List<JsonObject> logged = entries("outcome=denied&actor=" + username, since);
    assertEquals(1, logged.size(), logged.toString());
    assertEquals("appoint", logged.get(0).getString("action"));
    assertEquals("person", logged.get(0).getString("recordType"));
    assertEquals("jun", logged.get(0).getString("recordId"));
  }

  @Test
  void anAppointmentRefusedByTheContainerIsLoggedAsTheAppointment() throws Exception {
    String username = newPerson("employee");
    String since = Instant.now().minusSeconds(1).toString();

    // the token itself lacks hr-admin: the container refuses before any boundary code runs
    HttpResponse<String> refused =
        new Api(base).put("directory/people/jun/roles/auditor", Tokens.of(username));
    assertEquals(403, refused.statusCode(), refused.body());

    List<JsonObject> logged = entries("outcome=denied&actor=" + username, since);
    assertEquals(1, logged.size(), logged.toString());
    assertEquals("appoint", logged.get(0).getString("action"));
  }

  void sync() throws Exception {
    HttpResponse<String> report = new Api(base).post("directory/sync", Tokens.of("hana"), "");
    assertEquals(200, report.statusCode(), report.body());
  }

  /** The entries that match, since the given time, as the auditor reads them. */
  List<JsonObject> entries(String query, String since) throws Exception {
    HttpResponse<String> page =
        new Api(base)
            .get("audit/entries?size=100&from=" + since + "&" + query, Tokens.of("audrey"));
    assertEquals(200, page.statusCode(), page.body());
    return Api.json(page).asJsonObject().getJsonArray("entries").stream()
        .map(e -> e.asJsonObject())
        .toList();
  }

  /** A new person in the directory, in the one group given. */
  static String newPerson(String group) {
    String username = "log-" + UUID.randomUUID().toString().substring(0, 8);
    try (Keycloak admin = Tokens.admin()) {
      UserRepresentation user = new UserRepresentation();
      user.setUsername(username);
      user.setFirstName("Log");
      user.setLastName("Tester");
      user.setEmail(username + "@example.org");
      user.setEmailVerified(true);
      user.setEnabled(true);
      user.setGroups(List.of("/" + group));
      CredentialRepresentation password = new CredentialRepresentation();
      password.setType(CredentialRepresentation.PASSWORD);
      password.setValue("demo");
      password.setTemporary(false);
      user.setCredentials(List.of(password));
      admin.realm(KeycloakServer.REALM).users().create(user).close();
    }
    return username;
  }
}
